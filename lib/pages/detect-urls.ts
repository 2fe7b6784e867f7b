import type { KnownPageKind } from '../model/page-kind';

/**
 * Real URL shapes per page kind (from research/alibaba-pages.md (shared material) and
 * the links inside the real captures in the real captures (shared material, fixtures/real)). The test
 * demands each check is true on its own list and false on every other list.
 */
export const PAGE_URLS: Record<KnownPageKind, string[]> = {
  'alibaba:product': [
    'https://www.alibaba.com/product-detail/Custom-Plush-Multi-Size-Cute-Kids_1600595645056.html',
    'https://www.alibaba.com/product-detail/_1600147809763.html',
    'https://indonesian.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men-1600147809763.html',
    'https://french.alibaba.com/product-detail/45W-Universal-Laptop-Computer-Notebook-Charger_62408841676.html?spm=a2700.galleryofferlist',
    'https://m.alibaba.com/product-detail/Waterproof-Nylon-Back-To-Children_1601118529772.html',
    'https://dxhh.en.alibaba.com/product/1600595645056-820123456/Custom_Plush_Backpack.html',
    // The localised marketplaces' short product address (the 2024 French result list links them).
    'https://french.alibaba.com/p-detail/Pedal-1600733445566.html?spm=a2700.galleryofferlist',
    'https://german.alibaba.com/p-detail/Wholesale-62099887766.html',
    // A product inside a supplier's site on a localised marketplace.
    'https://korean.alibaba.com/supplier_hT5mQ9vLx2Kp/product/1600595645056-820123456/Custom_Plush_Backpack.html',
  ],
  'alibaba:supplier': [
    'https://dxhh.en.alibaba.com/',
    'https://dxhh.en.alibaba.com/company_profile.html',
    'https://szanthy.en.alibaba.com/fr_FR/company_profile.html',
    'https://beautiy.en.alibaba.com/company_profile/trustpass_profile.html',
    'https://tailorfashion.en.alibaba.com/contactinfo.html',
    'https://tailorfashion.en.alibaba.com/productlist-2.html',
    'https://tailorfashion.en.alibaba.com/feedback.html',
    'https://tailorfashion.en.alibaba.com/trade_history.html',
    // Older hosts and paths (issue 11): the captures' own links and og:url.
    'https://akkungfu.en.alibaba.com/contactinfo.html',
    'https://in1010554289.fm.alibaba.com/contactinfo.html',
    'https://maximizewear.trustpass.alibaba.com/company_profile.html',
    'https://hdradio.en.alibaba.com/company_profile/trustpass_profile.html?certification_type=intl_onsite',
    'https://hdradio.en.alibaba.com/company_profile/transaction_level.html',
    'https://hdradio.en.alibaba.com/credit.html',
    'https://hdradio.en.alibaba.com/productlist.html',
    'https://hdradio.en.alibaba.com/productgrouplist-807065419/DMR_walkie_talkie.html',
    'https://hdradio.m.en.alibaba.com/',
    'https://message.alibaba.com/msgsend/contact.htm?action=contact_action&chkProductIds=1600595645056',
    // A supplier's site on a localised marketplace: <language>.alibaba.com/supplier_<token> (the address the
    // platform's multi-language minisite list gives), its mobile host and its pages.
    'https://spanish.alibaba.com/supplier_hT5mQ9vLx2Kp',
    'https://portuguese.alibaba.com/supplier_hT5mQ9vLx2Kp/',
    'https://german.alibaba.com/supplier_hT5mQ9vLx2Kp/company_profile.html',
    'https://arabic.alibaba.com/supplier_hT5mQ9vLx2Kp/contactinfo.html',
    'https://m.japanese.alibaba.com/supplier_hT5mQ9vLx2Kp/productlist.html',
    'https://russian.alibaba.com/supplier_hT5mQ9vLx2Kp/fr_FR/company_profile.html',
  ],
  'alibaba:search': [
    'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=school+bags&page=10',
    'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&keywords=pc+lenovo&tab=all&viewtype=G',
    'https://french.alibaba.com/trade/search?SearchText=pc+lenovo',
    'https://www.alibaba.com/trade/search?SearchText=air+fryer&tab=supplier',
    'https://www.alibaba.com/showroom/air-fryer.html',
    'https://www.alibaba.com/products/school_bags.html',
    'https://www.alibaba.com/products/3D_Wall_Panel/2.html',
  ],
  'alibaba:order-list': [
    'https://biz.alibaba.com/order/list.htm',
    'https://biz.alibaba.com/ta/list/scene/mainList.htm',
    'https://biz.alibaba.com/ta/list/scene/mainList.htm?tracelog=buyer_ta_orders',
    'https://trade.alibaba.com/order_list.htm',
  ],
  'alibaba:order': [
    'https://biz.alibaba.com/ta/detail.htm?orderId=218834501001020304',
    'https://biz.alibaba.com/order/detail.htm?orderId=218834501001020304',
    'https://trade.alibaba.com/order_detail.htm?orderId=74013348001020304',
  ],
  'alibaba:payment': [
    'https://cashier.alibaba.com/payment/cashier.htm?orderIds=218834501001020304',
    'https://cashier.alibaba.com/',
  ],
  'alibaba:messages': [
    'https://message.alibaba.com/message/messenger.htm?conversationId=1234567890#/',
    'https://message.alibaba.com/message/default.htm#feedback/all',
    'https://msg.alibaba.com/buyer/chat.htm',
    'https://messagemanager.alibaba.com/message/default.htm',
  ],
  'aliexpress:item': [
    'https://www.aliexpress.com/item/1005006123456789.html',
    'https://fr.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist',
    'https://www.aliexpress.us/item/3256806123456789.html',
    'https://m.aliexpress.com/item/1005006123456789.html',
    'https://aliexpress.ru/item/1005008813973992.html',
  ],
  'aliexpress:search': [
    'https://www.aliexpress.com/w/wholesale-shoe-laces.html',
    'https://www.aliexpress.com/w/wholesale-usb-c-cable.html?spm=a2g0o.home.search.0&SortType=total_tranpro_desc',
    'https://fr.aliexpress.com/w/wholesale-lampe-de-bureau.html',
    'https://www.aliexpress.us/w/wholesale-phone-case.html?g=y&SearchText=phone+case',
    'https://www.aliexpress.com/wholesale?catId=0&SearchText=kitchen+scale',
    'https://www.aliexpress.com/af/shoe-laces.html?SearchText=shoe+laces',
    'https://www.aliexpress.com/popular/usb-c-cable.html',
    'https://aliexpress.ru/popular/наушники',
    'https://www.aliexpress.com/category/200000345/cables.html',
    'https://www.aliexpress.com/category/200000345/cables/2.html',
    'https://www.aliexpress.us/category/100003109/women-clothing.html',
    'https://www.aliexpress.com/store/1101234567/search?origin=y',
    'https://www.aliexpress.com/store/all-wholesale-products/1101234567.html',
    'https://www.aliexpress.com/store/group/Cables/1101234567_517890123.html',
  ],
  'aliexpress:order-list': [
    'https://www.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.us/p/order/index.html?tab=shipped',
    'https://trade.aliexpress.com/orderList.htm',
  ],
  'aliexpress:order': [
    'https://www.aliexpress.com/p/order/detail.html?orderId=8190123456789012',
    'https://pt.aliexpress.com/p/order/detail.html?orderId=8190123456789012',
    'https://trade.aliexpress.com/order_detail.htm?orderId=8190123456789012',
  ],
  'aliexpress:dispute': [
    'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190123456789012',
    'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderId=5012345678',
    'https://trade.aliexpress.com/issue/fastissue/Detail.htm?issueId=12345',
  ],
  'aliexpress:messages': [
    'https://msg.aliexpress.com/msgDetail.htm?channelId=123',
    'https://www.aliexpress.com/p/message/index.html?fromCode=order&orderId=8190123456789012',
  ],
};

/** Marketplace URLs that are none of the kinds above: TradeGuard stays silent there. */
export const UNKNOWN_URLS = [
  'https://www.alibaba.com/',
  'https://login.alibaba.com/login.htm',
  'https://message.alibaba.com/msgsend/feedback.htm',
  'https://hdradio.en.alibaba.com/search/product',
  // A localised marketplace's home and its list of suppliers are no supplier's site; neither is a token on www.
  'https://spanish.alibaba.com/',
  'https://india.alibaba.com/supplier_list.htm?SearchText=valves',
  'https://www.alibaba.com/supplier_hT5mQ9vLx2Kp',
  'https://login.alibaba.com/supplier_hT5mQ9vLx2Kp',
  'https://spanish.alibaba.com/supplier_hT5mQ9vLx2Kp/search/product',
  'https://www.aliexpress.com/',
  'https://www.aliexpress.com/store/1101234567',
  'https://www.example.com/product-detail/x_1600147809763.html',
  'https://alibaba.com.evil.example/trade/search?SearchText=x',
  'not a url',
];

/**
 * Page titles per kind, for pages saved without their address (labels/titles.ts), in the
 * forms the real captures' <title>s take (named in the fixtures README), with our own products.
 */
export const PAGE_TITLES: Partial<Record<KnownPageKind, string[]>> = {
  'alibaba:supplier': [
    'Company Overview - Quanzhou Chierda Electronic Telecom Co., Ltd.',
    'Contact Information for Tianjin Tiger Sports Sales Co., Ltd.',
    'Contact Information for STEAM AIRETRIC CONTROLS',
    'Company Profile - Xiamen Harbor Light Lamps Co., Ltd.',
  ],
  'alibaba:product': [
    'Digital Air Fryer 5.5l Touch Screen - Buy  Product on Alibaba.com',
    'Led Desk Lamp - Buy Product on Alibaba.com',
  ],
  'alibaba:search': [
    'Desk Lamp Suppliers - Reliable Desk Lamp Suppliers and Manufacturers at Alibaba.com',
    'Desk Lamp Manufacturers & Suppliers - Alibaba.com',
  ],
  'aliexpress:item': [
    'Robot de juguete para mascotas| |   - AliExpress',
    'Portable silicone kitchen scale 5kg - AliExpress',
  ],
};

/** Titles that name no kind: the page's content must decide (the inquiry form's title is the directory's). */
export const UNKNOWN_TITLES = [
  'Alibaba Manufacturer Directory - Suppliers, Manufacturers, Exporters & Importers',
  'Order Details - Alibaba.com',
  'AliExpress',
  'Alibaba.com: Manufacturers, Suppliers, Exporters & Importers from the world',
  '',
];
