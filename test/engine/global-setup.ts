// Brings the engine up once per engine-test run (see scripts/engine/). Replaced by the engine harness.
export default async function setup(): Promise<void> {}
