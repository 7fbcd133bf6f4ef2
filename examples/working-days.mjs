// Working days and bank holidays for SEC dates. Run: node node_modules/secmod/examples/working-days.mjs
// (or, in the secmod repository: npm run build && node examples/working-days.mjs)
import { addWorkingDays, englandAndWales, nextWorkingDay, workingDaysBetween } from 'secmod/calendar';

// SEC Panel papers go out 5 Working Days before the meeting (observed practice; the number is a parameter).
const panel = '2017-10-13';
console.log(`Panel meeting ${panel}: papers due ${addWorkingDays(panel, -5, englandAndWales)}`);
console.log(`15 working days after the report date 2017-10-06: ${addWorkingDays('2017-10-06', 15, englandAndWales)}`);
console.log(
  `Working days in 2017 (England and Wales): ${workingDaysBetween('2016-12-31', '2017-12-31', englandAndWales)}`,
);
console.log(`First working day on or after Christmas Day 2017: ${nextWorkingDay('2017-12-25', englandAndWales)}`);
