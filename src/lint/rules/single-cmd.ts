import { lastOneWins } from '../helpers/instructions.js';

export default lastOneWins({
  id: 'DS1034',
  name: 'single-cmd',
  aliases: ['DL4003', 'MultipleInstructionsDisallowed', 'DS016'],
  keyword: 'CMD',
  severity: 'warning',
});
