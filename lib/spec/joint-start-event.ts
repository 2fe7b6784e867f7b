/**
 * A lead time counted from two recorded events at once: "收到30%定金及确认样后25个工作日内", "定金到账和样品确认后".
 * Both the payment and the approved sample leave a dated record, so the later of the two fixes the start as
 * firmly as either alone does.
 */
import { cjk } from './patterns';

const PAYMENT =
  '(?:收到|收妥)?(?:买方)?(?:\\d{1,3}\\s{0,2}[%％])?的?(?:定金|订金|预付款|首付款)(?:已)?(?:到账|付清|收到)?';
// "书面确认产前样", "邮件确认样品": how the approval is recorded (in writing, by mail) only makes it firmer.
const APPROVAL =
  '(?:收到)?(?:(?:以)?(?:书面|邮件|签字)(?:形式)?)?(?:确认样(?:品|板)?|样品(?:已)?确认|确认(?:的)?样品|(?:大货样|产前样|船样)(?:已)?确认|确认(?:大货样|产前样|船样)|合同签订|订单确认|确认订单)';
const JOIN = '(?:及|和|与|并且|并|且|同时|、|以及)';
const AFTER = '(?:之日|当日|当天|日)?(?:后|起|以后|之后)';

export const JOINT_START_EVENT = cjk([
  `${PAYMENT}${JOIN}${APPROVAL}${AFTER}`,
  `${APPROVAL}${JOIN}${PAYMENT}${AFTER}`,
]);
