import { sentenceRange, type TextContext } from './text-context';

/**
 * "Notre e-mail est affiché sur notre profil de la plateforme", "наш e-mail указан в профиле компании на платформе",
 * "our e-mail is listed on our Alibaba profile if you need it": the seller's mailbox pointed to where the platform
 * itself shows it. No address is given and nobody is told to write there, so the talk has not moved; "…on our
 * profile, please write to us there" still moves it. Words over normalised text.
 */
const PROFILE =
  /\bprofil\w*|\bperfil\w*|\bprofile\w*|\bprofiel\w*|(?<![\p{L}])(?:профил|профіл)\p{L}*|\bho\s+so\b|主页|主頁|资料页|資料頁|プロフィール|프로필|الملف\s+الشخصي/u;
/** Where the profile is: the platform, by name or as "here". */
const ON_PLATFORM =
  /\b(?:alibaba|platform|plateforme|plataforma|piattaforma|plattform|platforma|platformu\w*|platformda\w*|here|ici|aqui|hier|qui|burada|sini)\b|(?<![\p{L}])(?:платформ\p{L}*|здесь|тут)|平台|阿里|这里|這裡|プラットフォーム|ここ|플랫폼|여기|المنصة|\bnen\s+tang\b/u;
/** The buyer told to write to that mailbox all the same. */
const WRITE_THERE =
  /\b(?:write|e-?mail|mail|contact|reach|send|message|ecrivez|contactez|escrib\w*|schreiben|schreib)\s+(?:\w+\s+){0,2}?(?:there|to\s+it|at\s+that\s+address|directly|la-bas|alli|ali|dort|dorthin|directement|directamente|direkt)\b|(?<![\p{L}])(?:пишите|напишите|пишіть|напишіть)\s+(?:\p{L}+\s+)?(?:туда|на\s+почту|на\s+пошту|напрямую)/u;

/** The e-mail named at `start` is only pointed to on the seller's platform profile. */
export function mailShownOnPlatformProfile(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  return PROFILE.test(sentence) && ON_PLATFORM.test(sentence) && !WRITE_THERE.test(sentence);
}
