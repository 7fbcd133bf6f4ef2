/**
 * 3-month rows of the TRIS fixture that the rules rightly do not reproduce, each with the reason.
 * The TRIS record is not perfectly consistent: the rules are not bent to fit these rows,
 * and the conformance test checks that this list is exactly the set of rows they miss.
 */
export interface TrisAnomaly {
  readonly notification: string;
  readonly published: string;
  readonly computed: string;
  readonly reason: string;
}

const onHoliday = (holiday: string) =>
  `TRIS published a date that is a holiday of the notifying state (${holiday}); every other row moves past such days`;
const onCommissionHoliday = (holiday: string) => `TRIS published a date that is a Commission holiday (${holiday})`;
const later = (why: string) =>
  `TRIS published a later date than the rule gives, on no holiday of the Commission or the state: ${why}`;

export const TRIS_ANOMALIES: readonly TrisAnomaly[] = [
  {
    notification: '2012/19/RO',
    published: '2012-04-13',
    computed: '2012-04-17',
    reason: onHoliday('Orthodox Good Friday'),
  },
  {
    notification: '2012/76/UK',
    published: '2012-05-07',
    computed: '2012-05-08',
    reason: onHoliday('Early May bank holiday'),
  },
  {
    notification: '2012/80/I',
    published: '2012-05-09',
    computed: '2012-05-10',
    reason: onCommissionHoliday('9 May, Schuman Declaration'),
  },
  {
    notification: '2012/82/BG',
    published: '2012-05-09',
    computed: '2012-05-10',
    reason: onCommissionHoliday('9 May, Schuman Declaration'),
  },
  {
    notification: '2012/85/A',
    published: '2012-05-09',
    computed: '2012-05-10',
    reason: onCommissionHoliday('9 May, Schuman Declaration'),
  },
  {
    notification: '2012/86/I',
    published: '2012-05-09',
    computed: '2012-05-10',
    reason: onCommissionHoliday('9 May, Schuman Declaration'),
  },
  {
    notification: '2012/227/UK',
    published: '2012-07-12',
    computed: '2012-07-13',
    reason: onHoliday('Battle of the Boyne, Northern Ireland'),
  },
  {
    notification: '2012/228/UK',
    published: '2012-07-12',
    computed: '2012-07-13',
    reason: onHoliday('Battle of the Boyne, Northern Ireland'),
  },
  {
    notification: '2012/434/E',
    published: '2012-10-12',
    computed: '2012-10-15',
    reason: onHoliday('Fiesta Nacional de España'),
  },
  {
    notification: '2012/456/IRL',
    published: '2012-10-29',
    computed: '2012-10-30',
    reason: onHoliday('October bank holiday'),
  },
  { notification: '2013/47/DK', published: '2013-04-26', computed: '2013-04-29', reason: onHoliday('Store Bededag') },
  {
    notification: '2013/8003/TR',
    published: '2013-08-08',
    computed: '2013-08-12',
    reason: onHoliday('Ramazan Bayramı'),
  },
  {
    notification: '2013/248/B',
    published: '2013-08-19',
    computed: '2013-08-16',
    reason: later('16 August 2013 was a Friday after the Assumption'),
  },
  {
    notification: '2013/8004/TR',
    published: '2013-10-17',
    computed: '2013-10-21',
    reason: onHoliday('Kurban Bayramı'),
  },
  {
    notification: '2013/679/UK',
    published: '2014-03-17',
    computed: '2014-03-18',
    reason: onHoliday("St Patrick's Day, Northern Ireland"),
  },
  {
    notification: '2013/687/IRL',
    published: '2014-03-17',
    computed: '2014-03-18',
    reason: onHoliday("St Patrick's Day"),
  },
  {
    notification: '2015/107/DK',
    published: '2015-06-08',
    computed: '2015-06-05',
    reason: later('5 June is Constitution Day, a customary (not public) holiday in Denmark'),
  },
  {
    notification: '2015/235/UK',
    published: '2015-08-03',
    computed: '2015-08-04',
    reason: onHoliday('Summer bank holiday, Scotland'),
  },
  {
    notification: '2015/430/FIN',
    published: '2015-11-06',
    computed: '2015-11-05',
    reason: later('one day later, with no holiday on 5 November 2015'),
  },
  {
    notification: '2015/431/FIN',
    published: '2015-11-06',
    computed: '2015-11-05',
    reason: later('one day later, with no holiday on 5 November 2015'),
  },
  {
    notification: '2015/530/CZ',
    published: '2015-12-28',
    computed: '2015-12-23',
    reason: later('moved past the whole Christmas week'),
  },
  {
    notification: '2015/531/CZ',
    published: '2015-12-28',
    computed: '2015-12-23',
    reason: later('moved past the whole Christmas week'),
  },
  {
    notification: '2015/532/CZ',
    published: '2015-12-28',
    computed: '2015-12-23',
    reason: later('moved past the whole Christmas week'),
  },
  {
    notification: '2015/704/UK',
    published: '2016-03-17',
    computed: '2016-03-18',
    reason: onHoliday("St Patrick's Day, Northern Ireland"),
  },
  {
    notification: '2016/50/SI',
    published: '2016-05-02',
    computed: '2016-05-03',
    reason: onHoliday('Labour Day (second day)'),
  },
  {
    notification: '2016/8010/TR',
    published: '2016-12-26',
    computed: '2016-12-27',
    reason: onCommissionHoliday('26 December'),
  },
  {
    notification: '2016/9036/N',
    published: '2016-12-26',
    computed: '2016-12-27',
    reason: onCommissionHoliday('26 December'),
  },
  {
    notification: '2017/42/B',
    published: '2017-05-10',
    computed: '2017-05-08',
    reason: later('two days later, past the 9 May holiday'),
  },
  {
    notification: '2017/144/B',
    published: '2017-07-12',
    computed: '2017-07-11',
    reason: later('one day later, with no holiday on 11 July 2017'),
  },
  {
    notification: '2017/461/FIN',
    published: '2018-01-01',
    computed: '2018-01-03',
    reason: onCommissionHoliday("New Year's Day"),
  },
  {
    notification: '2017/462/FIN',
    published: '2018-01-01',
    computed: '2018-01-03',
    reason: onCommissionHoliday("New Year's Day"),
  },
  {
    notification: '2017/463/DK',
    published: '2018-01-01',
    computed: '2018-01-03',
    reason: onCommissionHoliday("New Year's Day"),
  },
  {
    notification: '2017/464/NL',
    published: '2018-01-01',
    computed: '2018-01-03',
    reason: onCommissionHoliday("New Year's Day"),
  },
  {
    notification: '2017/9508/CH',
    published: '2018-01-01',
    computed: '2018-01-03',
    reason: onCommissionHoliday("New Year's Day"),
  },
  {
    notification: '2017/9509/CH',
    published: '2018-01-01',
    computed: '2018-01-03',
    reason: onCommissionHoliday("New Year's Day"),
  },
  {
    notification: '2017/675/HR',
    published: '2018-03-29',
    computed: '2018-04-03',
    reason: onCommissionHoliday('Maundy Thursday'),
  },
  {
    notification: '2017/676/CY',
    published: '2018-04-02',
    computed: '2018-04-03',
    reason: onCommissionHoliday('Easter Monday'),
  },
];
