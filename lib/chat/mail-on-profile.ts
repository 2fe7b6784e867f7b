import { sentenceRange, type TextContext } from './text-context';

/**
 * "Notre e-mail est affiché sur notre profil de la plateforme", "наш e-mail указан в профиле компании на платформе",
 * "our e-mail is listed on our Alibaba profile if you need it": the seller's mailbox pointed to where the platform
 * itself shows it. No address is given and nobody is told to write there, so the talk has not moved; "…on our
 * profile, please write to us there" still moves it. Words over normalised text.
 */
const PROFILE =
  /\bprofil\w*|\bperfil\w*|\bprofile\w*|\bprofiel\w*|(?<![\p{L}])(?:профил|профіл)\p{L}*|\bho\s+so\b|主页|主頁|资料页|資料頁|プロフィール|프로필|الملف\s+الشخصي/u;
/** Where the profile is: the platform, by name ("here" alone may be any page the seller points to). */
const ON_PLATFORM =
  /\b(?:alibaba|aliexpress|platform|plateforme|plataforma|piattaforma|plattform|platforma|platformu\w*|platformda\w*)\b|(?<![\p{L}])платформ\p{L}*|平台|阿里|速卖通|速賣通|プラットフォーム|플랫폼|المنصة|\bnen\s+tang\b/u;
/**
 * The buyer told to write to that mailbox all the same: "…, email us for the price list", "escríbanos por correo",
 * "напишите нам на e-mail", "发邮件给我们" — any ask to write or mail, unless it is to write here.
 */
const WRITE_THERE =
  /\b(?:write|e-?mail|mail|contact|reach|send|message)\s+(?:\w+\s+){0,2}?(?:there|to\s+it|at\s+that\s+address|directly|la-bas|alli|ali|dort|dorthin|directement|directamente|direkt)\b|\b(?:write|e-?mail|mail|contact|reach|message)\s+(?:to\s+)?(?:us|me)\b(?!\s+(?:here|in\s+this\s+chat|on\s+(?:alibaba|aliexpress|the\s+platform)))|\b(?:escrib\w*|ecrivez|contactez|schreiben\s+sie|schreib\s+uns|scriveteci|scrivici|napisz|yazin|yaz\b)(?![^.!?\n]{0,12}\b(?:aqui|aca|ici|hier|qui|tutaj|buraya|burada)\b)|(?<![\p{L}])(?:пишите|напишите|пишіть|напишіть)(?!\s+(?:\p{L}+\s+)?(?:сюда|здесь|тут|в\s+этот\s+чат))|发邮件|發郵件|写邮件|寫郵件|邮件联系|郵件聯繫|メールして|メールください|메일\s?(?:주세요|보내)/u;

/** The e-mail named at `start` is only pointed to on the seller's platform profile. */
export function mailShownOnPlatformProfile(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  return PROFILE.test(sentence) && ON_PLATFORM.test(sentence) && !WRITE_THERE.test(sentence);
}
