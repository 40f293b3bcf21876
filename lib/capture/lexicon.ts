/**
 * Word lists behind the name and job-title heuristics. A name is only accepted on evidence (a known
 * given name, an honorific, a patronymic or a job title beside it), because capitalised word pairs
 * on business pages are far more often products, streets and places than people.
 */

function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Common English-language given names (lower case). */
export const GIVEN_NAMES_EN = wordSet(`
aaron abby abigail adam adrian adrienne agnes aidan aileen alan albert alberto alex alexa alexander
alexandra alexis alfred alice alicia alison allan allen allison alma amanda amber amelia amy ana andre andrea
andres andrew andy angela angelica angie anita ann anna anne annette annie anthony antonio april arlene arnold
arthur ashley audrey austin barbara barry beatrice becky ben benjamin bernard bernice bert beth betsy betty
beverly bill billy blake bob bobby bonnie brad bradley brandon brenda brent brett brian bridget britney brittany
brooke bruce bryan byron caleb calvin cameron carl carla carlos carmen carol carole caroline carolyn carrie
casey cassandra catherine cathy cecilia chad charlene charles charlie charlotte chelsea cheryl chester chloe
chris christian christina christine christopher chuck cindy claire clara clarence claude claudia clay clayton
clifford clint clinton cody colin colleen connie connor constance corey cory courtney craig crystal curtis cynthia
dale dallas damon dan dana daniel danielle danny darlene darrell darren daryl dave david dawn dean deanna debbie
deborah debra denise dennis derek derrick diana diane dianne dick dolores dominic don donald donna doris dorothy
doug douglas duane dustin dwayne dylan earl ed eddie edgar edith edna eduardo edward edwin eileen elaine eleanor
elena elijah elizabeth ella ellen elliot emily emma eric erica erik erin ernest esther ethan eugene eva evan
evelyn faith felicia felix fernando florence floyd frances francis frank franklin fred freda frederick gabriel
gail gary gavin gene geoffrey george gerald geraldine gilbert gina gladys glen glenn gloria gordon grace graham
greg gregory gwen hailey hannah harold harriet harry harvey hazel heather hector heidi helen henry herbert
herman holly howard hugh hunter ian irene isaac isabel isabella ivan jack jackie jacob jacqueline jaime jake
james jamie jan jane janet janice jared jasmine jason jay jean jeanette jeanne jeff jeffery jeffrey jenna
jennifer jenny jeremy jerome jerry jesse jessica jessie jill jim jimmy jo joan joann joanna joanne jodi jody joe
joel joey john johnny jon jonathan jordan jorge jose joseph josephine josh joshua joy joyce juan juanita judith
judy julia julian julie june justin kara karen kari karl kate katherine kathleen kathryn kathy katie katrina kay
kayla keith kelly kelsey ken kendra kenneth kenny kerry kevin kim kimberly kirk kristen kristin kristina kristy
kurt kyle lance larry laura lauren laurie lawrence leah lee leigh leo leon leonard leroy leslie lester lewis
lillian lily linda lindsay lindsey lisa liz lloyd logan lois lorena loretta lori lorraine louis louise lucas lucy
luis luke lydia lynn mabel madison malcolm mandy manuel marc marcia marcus margaret maria marian marie marilyn
mario marion marjorie mark marlene marsha marshall martha martin marvin mary mason mathew matt matthew maureen
max megan melanie melinda melissa melvin meredith mia michael micheal michele michelle miguel mike mildred milton
miranda miriam misty mitchell molly monica morgan nancy naomi natalie nathan nathaniel neil nelson nicholas
nick nicole noah noel norma norman olga oliver olivia oscar owen pamela pat patricia patrick patsy paul paula
pauline pearl pedro peggy penny perry pete peter phil philip phillip phyllis priscilla rachel ralph ramon randall
randy ray raymond rebecca regina renee rhonda ricardo richard rick ricky rita rob robert roberta roberto robin
rodney roger roland ron ronald ronnie rosa rosemary ross roy ruby russell ruth ryan sabrina sally sam samantha
samuel sandra sandy sara sarah scott sean sergio seth shane shannon sharon shawn sheila shelby shelley sheri
sherri sherry shirley sidney simon sonia sophia stacey stacy stanley stella stephanie stephen steve steven
stuart sue susan suzanne sylvia tamara tammy tanya tara ted teresa terri terry theodore theresa thomas tiffany
tim timothy tina todd tom tommy toni tony tracey traci tracy travis trevor troy tyler valerie vanessa vernon
veronica vicki vickie victor victoria vincent virginia vivian wade walter wanda warren wayne wendy wesley whitney
william willie wilma yolanda yvonne zachary zoe
`);

/** Russian given names, nominative (lower case). Patronymics are recognised by their suffix instead. */
export const GIVEN_NAMES_RU = wordSet(`
александр александра алексей алёна алена алина алла анастасия анатолий андрей анна антон аркадий арсений
артём артем борис вадим валентин валентина валерий валерия василий вера вероника виктор виктория виталий
владимир владислав всеволод вячеслав галина геннадий георгий глеб григорий дарья денис дмитрий евгений
евгения екатерина елена елизавета жанна зинаида зоя иван игорь илья инна ирина кирилл константин ксения
лариса лев леонид лидия любовь людмила максим маргарита марина мария матвей михаил надежда наталья наталия
никита николай нина оксана олег ольга павел пётр петр полина роман руслан светлана семён семен сергей софия
софья станислав степан тамара татьяна тимофей тимур фёдор федор эдуард элина юлия юрий яна ярослав
`);

/** Honorifics before a name: strong evidence that what follows is a person. */
export const HONORIFICS = wordSet(`mr mrs ms miss dr prof sir dame rev fr`);

/** Letters after a name ("John Smith, MD"): dropped from the name, and evidence for it. */
export const NAME_SUFFIXES = wordSet(`jr sr ii iii iv md phd dds dmd esq cpa rn np pe mba jd do od dvm lcsw`);

/**
 * Words that never stand in a person's name on a business page: the second word of "Austin Street"
 * or "Grace Church", navigation and boilerplate. Lower case.
 */
export const NON_NAME_WORDS = wordSet(`
street st road rd avenue ave drive dr lane ln park center centre county city hall house hotel inn court place
square blvd boulevard way valley hill hills beach springs lake river bridge college university school church
chapel academy institute hospital clinic group company co inc llc ltd corp corporation services service
solutions systems consulting partners associates law firm bank insurance realty properties homes home about
contact us our team staff menu login register news blog events gallery privacy policy terms copyright rights
reserved more read click here view all shop store cart search welcome hours monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november december
north south east west new the and of for to in at on by with from best great free call email phone fax tel
office suite floor building plaza mall airport station area region state national international global america
american canada canadian british english united kingdom london york texas florida california washington
jersey carolina dakota island islands mountain mountains lodge ranch farm farms estate estates apartments
village town township district parish county web site page online services products price prices sale sales
what who why how where when we are you your my it is this that all get do our theatre theater furniture range
pipe rail rails works career careers jobs management support customer design studio gallery salon spa
linkedin github twitter facebook instagram youtube telegram whatsapp vkontakte pinterest tiktok google
`);

/**
 * Job-title words and phrases (lower case, matched on word boundaries). The short all-caps
 * acronyms are matched case-sensitively elsewhere.
 */
export const TITLE_WORDS_EN = [
  'founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'president', 'vice president', 'vp', 'director',
  'manager', 'head of', 'partner', 'principal', 'engineer', 'developer', 'designer', 'attorney', 'lawyer',
  'associate', 'counsel', 'consultant', 'specialist', 'coordinator', 'assistant', 'secretary', 'treasurer',
  'chairman', 'chairwoman', 'chair', 'officer', 'agent', 'broker', 'realtor', 'dentist', 'hygienist',
  'physician', 'surgeon', 'nurse', 'practitioner', 'accountant', 'analyst', 'administrator', 'representative',
  'advisor', 'adviser', 'executive', 'editor', 'architect', 'chief', 'supervisor', 'superintendent', 'pastor',
  'minister', 'professor', 'teacher', 'instructor', 'coach', 'trainer', 'therapist', 'counselor', 'counsellor',
  'technician', 'receptionist', 'recruiter', 'researcher', 'scientist', 'controller', 'auditor', 'salesperson',
  'psychologist', 'lead', 'team lead', 'contractor', 'estimator', 'planner', 'producer', 'photographer',
  'writer', 'author', 'speaker', 'moderator', 'keynote', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'evp', 'svp',
];

export const TITLE_WORDS_RU = [
  'генеральный директор', 'директор', 'руководитель', 'менеджер', 'начальник', 'заместитель', 'главный',
  'бухгалтер', 'инженер', 'разработчик', 'программист', 'дизайнер', 'юрист', 'специалист', 'консультант',
  'основатель', 'сооснователь', 'владелец', 'партнёр', 'партнер', 'президент', 'председатель', 'аналитик',
  'администратор', 'секретарь', 'ведущий', 'старший', 'координатор', 'маркетолог', 'продюсер', 'редактор',
  'спикер', 'эксперт', 'преподаватель', 'профессор', 'врач', 'адвокат', 'нотариус', 'архитектор', 'тимлид',
  'рекрутер', 'hr-менеджер', 'офис-менеджер', 'исполнительный', 'коммерческий', 'технический', 'финансовый',
];

/**
 * Free-mail and consumer providers: an address there says nothing about the company, and the domain
 * must never become one.
 */
export { FREE_MAIL_DOMAINS } from '../model/free-mail';

/** Domains and local parts that appear in forms and templates, never as anyone's address. */
export const PLACEHOLDER_EMAIL_DOMAINS = wordSet(`
example.com example.org example.net example.ru domain.com yourdomain.com yoursite.com mysite.com site.com
company.com yourcompany.com test.com email.com sentry.io wixpress.com sentry.wixpress.com
`);
export const PLACEHOLDER_EMAIL_LOCALS = wordSet(`you your yourname name user username email test example someone
john.doe jane.doe firstname.lastname first.last noname`);
