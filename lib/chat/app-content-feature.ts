/**
 * What a device does with an app's own content: "the speaker reads out WhatsApp voice notes", "l'enceinte peut lire
 * les notes vocales WhatsApp", "der Lautsprecher spielt WhatsApp-Sprachnachrichten ab", "el altavoz reproduce los
 * mensajes de voz de WhatsApp". The app names the kind of recording the goods play, as "WhatsApp notifications" names
 * what a watch shows (guards.ts): no place to talk. Read only beside a device and a verb of playing or reading, with
 * nobody asked anything (guards.ts checks the request words). Words over normalised text (accents folded).
 */

/** The app's content: voice notes and messages, recordings, in the languages read. */
export const APP_CONTENT =
  /\bvoice\s+(?:notes?|messages?|memos?|recordings?)\b|\baudio\s+(?:notes?|messages?)\b|\bnotes?\s+vocales?\b|\bmessages?\s+vocaux\b|\bmensajes?\s+de\s+voz\b|\bnotas?\s+de\s+voz\b|\bmensage(?:m|ns)\s+de\s+voz\b|\bmessaggi?\s+vocal[ei]\b|\bnote\s+vocali\b|sprachnachricht\w*|sprachmemo\w*|\bwiadomosci\s+glosow\w*|\bsesli\s+mesaj\w*|\bspraakbericht\w*|(?<![\p{L}])голосов\p{L}*\s+сообщени\p{L}*|语音消息|語音訊息|语音留言|ボイスメッセージ|음성\s?메시지/u;

/** A device playing or reading that content aloud: "plays", "lit / peut lire", "reproduce", "spielt … ab". */
export const PLAYS =
  /\b(?:plays?|playing|play\s+back|reads?(?:\s+out|\s+aloud)?|reading|lit|lire|lisent|lee|leer|reproduc\w*|reproduz\w*|riproduc\w*|legge\w*|spielt|abspiel\w*|liest|vorles\w*|odtwarza\w*|oynat\w*|caldir\w*|speelt\s+af|afspel\w*)\b|(?<![\p{L}])(?:воспроизвод\p{L}*|читает|зачитывает)|播放|朗读|朗讀|再生|재생/u;

/**
 * The reader asked to do something with a recording or to reach the seller: "leave your voice note on our WhatsApp",
 * "schicken Sie uns Ihre Bestellung als Sprachnachricht", "déjenos su nota de voz", "envoyez-nous un message vocal".
 * Where one follows the feature the app is a place to talk again, whatever the device plays.
 */
export const READER_ASKED =
  /\b(?:leave|send|drop|record|forward|share)\s+(?:(?:us|me)\s+)?(?:your|a|an|the)\b|\b(?:schicken|senden|hinterlassen|sprechen|nehmen)\s+sie\b|\b(?:schick|sende|hinterlass)\s+(?:uns|mir)\b|\b(?:dejen(?:os|me)?|dejenos|dejeme|deje(?:nos|me)?|envien(?:os|me)?|enviame|envianos|mande(?:nos|me)?|manden(?:os)?|grabe|deixe(?:-nos|-me)?|envie-nos|laissez|envoyez|lasciate(?:ci)?|lasciaci|inviate(?:ci)?|inviaci|mandateci)\b/u;
