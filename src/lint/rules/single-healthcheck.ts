import { lastOneWins } from '../helpers/instructions.js';

export default lastOneWins({
  id: 'DS1036',
  name: 'single-healthcheck',
  aliases: ['DL3012', 'MultipleInstructionsDisallowed', 'DS023'],
  keyword: 'HEALTHCHECK',
  severity: 'error',
});
