// Sizes in messages, shared by the readers that refuse a file for its size before reading it.

/** `4 MiB`, `100.0 MiB`, `512 KiB`: what a person compares at a glance. */
export function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
