import { lastOneWins } from '../helpers/instructions.js';

export default lastOneWins({
  id: 'DS1035',
  name: 'single-entrypoint',
  aliases: ['DL4004', 'MultipleInstructionsDisallowed', 'DS007'],
  keyword: 'ENTRYPOINT',
  severity: 'error',
});
