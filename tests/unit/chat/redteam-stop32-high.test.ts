import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Red team, stop 32 (HIGH): ordinary trade talk that the contact and payment rules read as a move off the platform.
 * A profile picture is a contact only with an id, app or phone tied to it; a search engine named to check a claim or
 * with the order kept here leads nowhere; a site's live chat named to say "talk here", or sold as a product feature;
 * a parcel's receiver and goods sent to a titled person; a national post's own customs portal. Each block also keeps
 * the request the pattern was built for. Sentences of our own.
 */
const rulesOf = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);

const quiet = (rule: string, texts: string[]) => {
  for (const text of texts) it(`leaves alone: ${text}`, () => expect(rulesOf(text)).not.toContain(rule));
};
const flags = (rule: string, texts: string[]) => {
  for (const text of texts) it(`flags: ${text}`, () => expect(rulesOf(text)).toContain(rule));
};

describe('a profile picture needs a contact tied to it', () => {
  quiet('offplatform-contact', [
    'Your order number is 88213, and our profile photo shows the new showroom.',
    'The part number is on the box label; our profile picture is the warehouse.',
    'Look at our profile picture for the test lab, the certificate number is printed below the product.',
    'Mi foto de perfil es la fábrica, el número de pedido es 5520.',
  ]);
  flags('offplatform-contact', [
    'Look at my profile photo, my phone is written on it.',
    'Our Telegram handle is in our profile picture, message us there.',
    'The order number is 7731, and my WhatsApp number is on my avatar.',
  ]);
});

describe('a search engine named to check a claim, or with the order kept here', () => {
  quiet('offplatform-contact', [
    "Google 'EN 71 test report' and you will find our lab's certificate listed.",
    'Search our brand on Google to read the reviews, then place the order here on this platform.',
    'Google our factory name, you will see we are a genuine manufacturer since 2004.',
    'Search "Qiming Textiles" on Google and you will find our factory tour video.',
  ]);
  flags('offplatform-contact', [
    "Google 'Qiming Textiles' and you will find us, email me from the site for the real price.",
    'Search our brand on Google to see we are a real factory, then contact us directly.',
    'Search our shop name on Google, cheaper than on Alibaba.',
  ]);
});

describe("a site's live chat named to keep the talk here, or sold as a feature", () => {
  quiet('offplatform-contact', [
    'Our site www.qiming-tex.com also has live chat, but please talk to me here in this window.',
    'The booking software on our website has online chat for hotel guests, reply time under 3 seconds.',
  ]);
  flags('offplatform-contact', [
    'Open our store www.qiming-tex.com and write to me on the live chat there, not here.',
    'Visit our website www.qiming-tex.com, I reply on live chat within minutes.',
  ]);
});

describe("a parcel's receiver is no account holder", () => {
  quiet('offplatform-payment', [
    'The receiver is my colleague Mei, she will sign for the sample box, please pay on Alibaba.',
    'Receiver is our purchasing manager, he will check the samples on arrival, please pay through Alibaba.',
    'The parcel receiver is my boss, he already paid the order on Alibaba.',
  ]);
  flags('offplatform-payment', [
    'The receiver is my colleague Mei, please wire the deposit to her account today.',
    'Payment receiver is our finance manager, transfer the balance by Western Union.',
  ]);
});

describe('goods sent to a titled person are no payment', () => {
  quiet('offplatform-payment', [
    'We will send it to Mr. Garcia by FedEx on Monday, tracking number to follow.',
    'Please pay the deposit through Alibaba Trade Assurance, and send it to Ms Wang’s attention.',
  ]);
  flags('offplatform-payment', [
    'Please send the balance to Mr. Garcia by Western Union.',
    'Transfer the money to Ms Wang directly, outside the order.',
  ]);
});

describe("a national post's own customs portal", () => {
  quiet('offplatform-payment', [
    'To release the parcel, please pay here: www.postnord.se/en/customs',
    'For the import duty please pay here: www.parcelforce.com/customs-payment',
    'Pay the customs charge here: www.bpost.be/en/customs',
    'Please pay here: www.post.ch/en/customs for the import duty.',
    'Customs fee, please pay here: www.anpost.ie/customs',
    'Import duty, please pay here: www.posti.fi/customs',
  ]);
  flags('offplatform-payment', [
    'Pay the customs fee here: www.postnord-customs-release.top/pay',
    'For the import duty please pay here: www.anpost.ie.duty-pay.xyz',
  ]);
});
