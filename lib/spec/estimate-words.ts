/**
 * Estimate words written before a figure, per language, that the older lexicons (patterns.ts `APPROX_BEFORE`,
 * rating-estimate.ts `RATING_ESTIMATE_BEFORE`) lacked: "близько 450 Вт", "בערך 450 וואט", "लगभग 2 किलो",
 * "přibližně 450 W", "körülbelül 2 kg", "περίπου 450 W", "ungefär 2 kg". Whatever the language, the word says the
 * writer will not be held to the figure, so a figure it stands before (with no tolerance) promises nothing exact.
 *
 * Kept as plain strings, with no import, so both lexicons can take them without an import cycle. Every word is read
 * only right before a figure (the callers require one), so a word that has other senses ("حدود" is also "limits",
 * "asi" is a Czech hedge and nothing else before a number) only counts in the estimate reading.
 */

/** Words in Latin script, bounded as words: "cca 450 W", "kb. 2 kg", "ca 3 kg". */
export const LATIN_ESTIMATE_WORDS: readonly string[] = [
  // Czech and Slovak.
  'přibližně',
  'približne',
  'asi',
  'cca\\.?',
  'zhruba',
  'okolo',
  'kolem',
  // Romanian.
  'aproximativ',
  'în jur de',
  // Hungarian.
  'körülbelül',
  'kb\\.?',
  'mintegy',
  'nagyjából',
  'megközelítőleg',
  'hozzávetőleg(?:esen)?',
  // Swedish, Danish, Norwegian, Finnish.
  'cirka',
  'ungefär',
  'ungefær',
  'omkring',
  'omtrent',
  'noin',
  'suunnilleen',
  // "ca 450 W" without the dot, as Scandinavian, German and Dutch sheets write it.
  'ca',
  // Turkish: "takriben", "aşağı yukarı", "ortalama" (on average: no unit is held to it).
  'takriben',
  'tahmini',
  'aşağı yukarı',
  'ortalama',
  // Vietnamese.
  'xấp xỉ',
  'khoảng chừng',
  'ước (?:tính|chừng)',
  'tầm',
  // Indonesian, Dutch, Portuguese, Spanish, French, Polish, German forms the rating lexicon lacked.
  'kurang lebih',
  'lebih kurang',
  'sekira',
  'zowat',
  'rond de',
  'em torno de',
  'en torno a',
  'autour de',
  'aux alentours de',
  'w przybliżeniu',
  'rzędu',
  'annähernd',
  'rund',
];

/** Words in other scripts, bounded by letters and marks of any script: "около 450 Вт", "लगभग 450 वाट". */
export const SCRIPT_ESTIMATE_WORDS: readonly string[] = [
  // Russian and Ukrainian.
  'около',
  'примерно',
  'приблизительно',
  'порядка',
  'ориентировочно',
  'прибл\\.',
  'близько',
  'приблизно',
  'орієнтовно',
  // Arabic: "حوالي", "تقريبا", "في حدود" / "حدود" (in the region of), "قرابة", "ما يقارب".
  'حوالي',
  'حوالى',
  'تقريبا',
  'تقريبًا',
  'تقريباً',
  'في حدود',
  'حدود',
  'قرابة',
  'ما يقارب',
  // Persian (its own ye: "تقریباً"), "حدوداً", "در حدود".
  'تقریبا',
  'تقریباً',
  'حدودا',
  'حدوداً',
  'در حدود',
  // Urdu: "لگ بھگ", "تقریباً" (above), "اندازاً", "قریب قریب".
  'لگ بھگ',
  'اندازا',
  'اندازاً',
  'قریب قریب',
  // Persian "حدود" (above) with its own ye: "در حدودِ", "نزدیک به" (close to), "تخمیناً".
  'نزدیک به',
  'تخمینا',
  'تخمیناً',
  // Bengali: "প্রায় ২২০ ভি", "আনুমানিক ২ কেজি", "মোটামুটি"; ya with nukta is written either precomposed or as two marks.
  'প্রা(?:য়|য়)',
  'আনুমানিক',
  'মোটামুটি',
  'আন্দাজ',
  // Hebrew: "בערך", "לערך", "בקירוב".
  'בערך',
  'לערך',
  'בקירוב',
  // Hindi.
  'लगभग',
  'करीब',
  'क़रीब',
  'तकरीबन',
  'तक़रीबन',
  'अनुमानित',
  // Greek.
  'περίπου',
  'περ\\.',
  'πάνω κάτω',
  'κατά προσέγγιση',
  // Korean.
  '약',
  '대략',
];

/**
 * Written into the figure's own token, with no word boundary: Hebrew "כ-450" / "כ־2.3" (a prefix), Thai words that
 * run straight into the figure: "ประมาณ 450", "ราว 2 กก.".
 */
export const JOINED_ESTIMATE_WORDS: readonly string[] = [
  '(?<![\\p{L}\\p{N}])כ[-־]?(?=\\s{0,2}\\d)',
  'ประมาณ',
  'โดยประมาณ',
  '(?<![\\p{Script=Thai}])ราว(?:ๆ)?',
];

/**
 * Chinese and Japanese: "約450W", "大约2kg". Estimates of a weight, size or count; before a rating they stay the
 * accepted shorthand of Chinese and Japanese sheets (see rating-estimate.ts), so the rating lexicon leaves them out.
 */
export const CJK_ESTIMATE_WORDS: readonly string[] = ['大约', '大概', '约为?', '約', 'およそ', 'おおよそ'];

const BOUNDED_WORDS = `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...LATIN_ESTIMATE_WORDS, ...SCRIPT_ESTIMATE_WORDS].join('|')})(?![\\p{L}\\p{M}\\p{N}])`;

/** Every word above as one expression; the boundaries are written here, not by the callers. */
export const ESTIMATE_WORDS_MORE = [
  BOUNDED_WORDS,
  `(?:${[...JOINED_ESTIMATE_WORDS, ...CJK_ESTIMATE_WORDS].join('|')})`,
].join('|');

/** The same without the Chinese and Japanese words, for ratings. */
export const RATING_ESTIMATE_WORDS_MORE = [BOUNDED_WORDS, `(?:${JOINED_ESTIMATE_WORDS.join('|')})`].join('|');
