import { describe, expect, it } from 'vitest';
import { initProject } from '../../src/init/init.js';

// Whole contracts as init writes them, reviewed once and kept: any change to detection or layout
// shows up here as a diff (run `npx vitest run test/init -u` after checking it is right).
const fixtures = new URL('../fixtures/projects/', import.meta.url).pathname;

describe('init output', () => {
  it.each(['fastapi-routers', 'flask-gunicorn', 'django-app', 'hf-space'])('%s', async (name) => {
    const { contractText } = await initProject(`${fixtures}${name}`);
    await expect(contractText).toMatchFileSnapshot(`../fixtures/projects/expected/${name}.dockspec.yaml`);
  });
});
