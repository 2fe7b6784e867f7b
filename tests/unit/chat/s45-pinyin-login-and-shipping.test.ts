import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 45 (red team of stop 44): the pinyin word list read ordinary shop talk as payment. "Zhang hao" is also the
 * login (its password, its orders), "wo men de dian pu" is the seller's shop on the platform, "qi ta fang shi fa huo"
 * is another way to ship, "bie xia dan" is "don't order yet" and "bu yong zai Alibaba shang zai xia dan" is "no need
 * to order again". The same readings in Chinese characters and English. Requests to pay elsewhere stay flagged.
 * Written in our own words.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';

describe('shop talk that names no payee', () => {
  it.each([
    'Wo de zhang hao mi ma gai le, suo yi wan shang mei kan xiao xi',
    'Dui bu qi, zhang hao deng lu you wen ti, xian zai hao le',
    'Ni qi ta zhang hao de ding dan ye ke yi yi qi fa, yun fei shao yi dian',
    '我的账号密码改了，刚才登录不上',
    'Wo men de dian pu li hai you bie de yan se, ke yi yi qi xia dan',
    'Ru guo yao qi ta fang shi fa huo, gao su wo, fu kuan hai shi zai Alibaba',
    'Xian bie xia dan, wo wen yi xia chang li ku cun',
    'Bu yao xia dan, zhe ge yan se mei huo le',
    'Bu yong zai Alibaba shang chong xin xia dan, wo men bu bu huo le',
    'If you prefer another way of shipping, tell me; the payment stays in the Alibaba order.',
    'We can choose another method of delivery, by rail instead of sea.',
    'Qing dao www.aliexpress.com/store/5566 xia dan, you you hui quan',
    '物流信息请到www.17track.net查询',
  ])('%s → nothing', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('requests to pay elsewhere, still read', () => {
  it.each([
    'Wo men huan le xin de zhang hao, qing fu dao xin zhang hao',
    'Bu yong xia dan, zhi jie fu kuan gei wo jiu xing',
    'Bie xia dan le, zhi jie zhuan zhang gei wo, pian yi dian',
    'Wo men de guan wang geng pian yi, qing zai guan wang xia dan fu kuan',
    'Wo men de xin dian pu geng pian yi, qu na li xia dan',
    'Qing yong qi ta fang shi fu kuan, bu yao zou Alibaba',
    'Bu yong zai Alibaba xia dan, wo ba yin hang zhang hu fa gei ni',
    '我们的收款账号更改了，请付到新账号',
    'Please pay by another way, a bank transfer to our personal account is better.',
    'Another way to ship and pay: send USD to our personal account.',
    // The buyer sent to a web address of the seller's to order there (a purchase moved off the platform).
    'Dian pu bei feng le, qing dao www.lumi-lamps-store.com xia dan',
    '店铺关了，以后请到 brightlamp.shop 下单付款',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});
