/**
 * The people the webmail fixtures write to, shared so each provider's test states its exact
 * expectation without restating the same addresses.
 */
export const PETER = { name: 'Peter Novak', email: 'peter.novak@northwind-traders.com' };
export const LISA = { name: 'Lisa Chen', email: 'lisa.chen@northwind-traders.com' };
export const SERGEY = { name: 'Сергей Иванов', email: 'sergey.ivanov@uralmash-group.ru' };
export const ZAKUPKI = { email: 'zakupki@uralmash-group.ru' };
export const OLGA = { name: 'Ольга Смирнова', email: 'o.smirnova@uralmash-group.ru' };
export const DMITRY = { name: 'Дмитрий Орлов', email: 'dmitry.orlov@vostok-trade.ru' };
export const ARCHIVE = { email: 'crm-archive@vostok-trade.ru' };

/** The Russian "many recipients" compose: two chips and one typed address in To, Cc and Bcc. */
export const RU_MANY = {
  to: [SERGEY, ZAKUPKI, { email: OLGA.email }],
  cc: [DMITRY],
  bcc: [ARCHIVE],
  subject: 'Коммерческое предложение на поставку подшипников',
};

/** The English new compose to one recipient. */
export const EN_ONE = { to: [PETER], cc: [], bcc: [], subject: 'Demo follow-up: LeadTrail for Northwind' };

/** The three recipients of the forward fixtures, Russian and English UI. */
export const FORWARD_RU_TO = [
  { name: 'Игорь Кузнецов', email: 'i.kuznetsov@severstal-service.ru' },
  { name: 'Тендерный отдел', email: 'tender@severstal-service.ru' },
  { name: 'Мария Волкова', email: 'm.volkova@severstal-service.ru' },
];
export const FORWARD_EN_TO = [
  { name: 'Igor Kuznetsov', email: 'i.kuznetsov@severstal-service.ru' },
  { name: 'Tender desk', email: 'tender@severstal-service.ru' },
  { name: 'Maria Volkova', email: 'm.volkova@severstal-service.ru' },
];
