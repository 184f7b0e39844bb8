// The public interface (docs/architecture.md#contracts) in three places that must agree: the input specs and output
// lists in src/actions/<name>/inputs.ts (what the code reads and sets), each actions/<name>/action.yml (what the
// runner and users see), and the root action.yml (the union). README.md's reference is generated from the yml files
// (test/integration/contract/readme-actions.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as approveGate from '../../../src/actions/approve-gate/inputs.js';
import * as createRelease from '../../../src/actions/create-release/inputs.js';
import * as deploy from '../../../src/actions/deploy/inputs.js';
import { ACTIONS } from '../../../src/actions/index.js';
import * as preview from '../../../src/actions/preview/inputs.js';
import * as promote from '../../../src/actions/promote/inputs.js';
import * as verifyHealth from '../../../src/actions/verify-health/inputs.js';
import {
  ACTION_NAMES,
  type ActionName,
  COMMAND_INPUT,
  COMMON_INPUTS,
  GITHUB_TOKEN_DEFAULT,
} from '../../../src/core/contract.js';
import type { InputDef, InputSpec } from '../../../src/core/inputs.js';

const root = join(import.meta.dirname, '..', '..', '..');

const CODE: Record<ActionName, { inputs: InputSpec; outputs: readonly string[] }> = {
  'create-release': createRelease,
  preview,
  'approve-gate': approveGate,
  deploy,
  promote,
  'verify-health': verifyHealth,
};

/** docs/architecture.md#contracts: `environment` is required only by create-release, `release-id` only by promote. */
const REQUIRED_MAY_DIFFER = ['environment', 'release-id'];

interface YmlInput {
  description?: string;
  required?: boolean | string;
  default?: string;
}
interface ActionYml {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, YmlInput>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const loadYml = (file: string) => parse(readFileSync(join(root, file), 'utf8')) as ActionYml;
const YML = Object.fromEntries(ACTION_NAMES.map((n) => [n, loadYml(`actions/${n}/action.yml`)])) as Record<
  ActionName,
  ActionYml
>;
const ROOT = loadYml('action.yml');

const isRequired = (i: YmlInput) => i.required === true || i.required === 'true';
function expectedDefault(def: InputDef): string | undefined {
  if (def.kind === 'secret') return def.githubToken ? GITHUB_TOKEN_DEFAULT : undefined;
  return def.default;
}
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('each action.yml declares exactly what its code reads and sets', () => {
  it('has an action folder for every action name and no other', () => {
    const folders = readdirSync(join(root, 'actions'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
      .map((d) => d.name);
    expect(sorted(folders)).toEqual(sorted(ACTION_NAMES));
  });

  describe.each(ACTION_NAMES)('%s', (name) => {
    const yml = YML[name];
    const code = CODE[name];

    it('declares every input the code reads, and reads every input it declares', () => {
      expect(sorted(Object.keys(yml.inputs ?? {}))).toEqual(sorted(Object.keys(code.inputs)));
    });

    it('declares required and default as the code applies them', () => {
      for (const [input, def] of Object.entries(code.inputs)) {
        const y = yml.inputs?.[input] ?? {};
        expect({ input, required: isRequired(y), default: y.default }).toEqual({
          input,
          required: def.required === true,
          default: expectedDefault(def),
        });
        expect(y.description?.trim(), `${name}: input ${input} needs a description`).toBeTruthy();
      }
    });

    it('takes token, repo-path and state-branch', () => {
      for (const input of Object.keys(COMMON_INPUTS)) expect(code.inputs).toHaveProperty([input]);
    });

    it('declares every output the code sets, and sets every output it declares', () => {
      expect(sorted(Object.keys(yml.outputs ?? {}))).toEqual(sorted(code.outputs));
      for (const [output, o] of Object.entries(yml.outputs ?? {})) {
        expect(o.description?.trim(), `${name}: output ${output} needs a description`).toBeTruthy();
      }
    });

    it('runs its own bundle on node24, with branding', () => {
      expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
      expect(yml.name && yml.description && yml.branding?.icon && yml.branding.color).toBeTruthy();
      expect(existsSync(join(root, 'src', 'entrypoints', `${name}.ts`))).toBe(true);
    });

    it('is the handler the root action dispatches to, with the same inputs and outputs', async () => {
      const handler = await ACTIONS[name]();
      expect(handler.name).toBe(name);
      expect(handler.inputs).toBe(code.inputs);
      expect(handler.outputs).toBe(code.outputs);
    });
  });
});

describe('an input or output several actions share is declared the same way in each', () => {
  const inputUses = new Map<string, { action: ActionName; input: YmlInput }[]>();
  const outputUses = new Map<string, { action: ActionName; description?: string }[]>();
  for (const name of ACTION_NAMES) {
    for (const [input, y] of Object.entries(YML[name].inputs ?? {})) {
      inputUses.set(input, [...(inputUses.get(input) ?? []), { action: name, input: y }]);
    }
    for (const [output, y] of Object.entries(YML[name].outputs ?? {})) {
      outputUses.set(output, [
        ...(outputUses.get(output) ?? []),
        { action: name, description: y.description },
      ]);
    }
  }
  const sharedInputs = [...inputUses].filter(([, uses]) => uses.length > 1);
  const sharedOutputs = [...outputUses].filter(([, uses]) => uses.length > 1);

  it('finds the shared ones (the check below is not vacuous)', () => {
    expect(sharedInputs.map(([n]) => n)).toEqual(
      expect.arrayContaining(['token', 'repo-path', 'state-branch', 'environment', 'release-id']),
    );
    expect(sharedOutputs.map(([n]) => n)).toEqual(expect.arrayContaining(['release-id', 'state']));
  });

  it.each(sharedInputs)('input %s: same description, default and required', (input, uses) => {
    const [first] = uses;
    for (const use of uses) {
      expect({ action: use.action, description: use.input.description, default: use.input.default }).toEqual({
        action: use.action,
        description: first?.input.description,
        default: first?.input.default,
      });
      if (!REQUIRED_MAY_DIFFER.includes(input)) {
        expect({ action: use.action, required: isRequired(use.input) }).toEqual({
          action: use.action,
          required: isRequired(first?.input ?? {}),
        });
      }
    }
  });

  it.each(sharedOutputs)('output %s: same description', (_, uses) => {
    expect(new Set(uses.map((u) => u.description)).size).toBe(1);
  });
});

describe('the root action.yml covers every action', () => {
  it('declares the command input, listing every action', () => {
    const command = ROOT.inputs?.[COMMAND_INPUT];
    expect(command && isRequired(command)).toBe(true);
    for (const name of ACTION_NAMES) expect(command?.description).toContain(name);
    expect(ROOT.runs).toEqual({ using: 'node24', main: 'dist/main/index.js' });
    expect(existsSync(join(root, 'src', 'entrypoints', 'main.ts'))).toBe(true);
  });

  it('declares the union of the inputs, none required, described and defaulted as in the actions', () => {
    const union = new Set(ACTION_NAMES.flatMap((n) => Object.keys(YML[n].inputs ?? {})));
    expect(sorted(Object.keys(ROOT.inputs ?? {}))).toEqual(sorted([...union, COMMAND_INPUT]));
    for (const input of union) {
      const r = ROOT.inputs?.[input] ?? {};
      const owner = ACTION_NAMES.map((n) => YML[n].inputs?.[input]).find((y) => y !== undefined) ?? {};
      expect({ input, required: isRequired(r), description: r.description, default: r.default }).toEqual({
        input,
        required: false,
        description: owner.description,
        default: owner.default,
      });
    }
  });

  it('declares the union of the outputs, described as in the actions', () => {
    const union = new Map(ACTION_NAMES.flatMap((n) => Object.entries(YML[n].outputs ?? {})));
    expect(sorted(Object.keys(ROOT.outputs ?? {}))).toEqual(sorted(union.keys()));
    for (const [output, o] of union) expect(ROOT.outputs?.[output]?.description).toBe(o.description);
  });
});

describe('entry points', () => {
  it.each([...ACTION_NAMES, 'main'])(
    'src/entrypoints/%s.ts only calls the wrapper (at most three lines)',
    (name) => {
      const lines = readFileSync(join(root, 'src', 'entrypoints', `${name}.ts`), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(lines.join('\n')).toMatch(/void run(Action|Command)\(/);
    },
  );
});
