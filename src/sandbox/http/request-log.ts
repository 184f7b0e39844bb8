// What a simulator saw, for tests to assert on: every request with how it was answered, and every breach of the
// API's published contract (a request or response its OpenAPI description rejects).

export interface LoggedRequest {
  method: string;
  path: string;
  /** 0 until the request is answered. */
  status: number;
  /** The OpenAPI operation it matched. */
  operation?: string;
  /** Who it was authenticated as. */
  user?: string;
  /** Answered by an injected fault. */
  fault?: boolean;
}

export interface Violation {
  operation: string;
  method: string;
  path: string;
  direction: 'request' | 'response';
  status?: number;
  error: string;
}

/** Records a violation and the 500 reply that names it, so the client's error says what drifted. */
export function violationReply(
  violations: Violation[],
  v: Violation & { template: string },
): { status: 500; body: { message: string } } {
  const { template, ...violation } = v;
  violations.push(violation);
  const which = v.direction === 'request' ? 'the request' : `the ${v.status} response`;
  return {
    status: 500,
    body: {
      message: `OpenAPI violation in ${which} of ${v.operation} (${v.method} ${template}) at ${v.path}: ${v.error}`,
    },
  };
}
