/**
 * Closed lists for English role subjects ("the Iranian foreign minister", "the FIFA president"): offices,
 * nationalities and organisations, each with the Arabic forms the speakers' titles use. Arabic forms are
 * written as news Arabic writes them; matching folds them (foldTitle), so الأمريكي = الأميركي = الامريكية.
 */

/**
 * An office: the English ways to name it and its Arabic forms. `adj` forms are followed by a nationality
 * adjective (وزير الخارجية + الإيراني); `of` forms by a country or organisation noun (وزير خارجية + إيران,
 * رئيس + الفيفا). Belongs here: offices that news quotes people by (heads of state and government,
 * ministers, spokesmen, secretaries-general, coaches, envoys); not ranks or jobs in general.
 */
export interface Office {
  english: string[];
  adj: string[];
  of: string[];
  /**
   * A body that speaks as itself (وزارة الداخلية، الشرطة، الجيش): also named on its own ("the interior
   * ministry"), its `adj` forms then the whole title; and its speakers' names read in English by it. Default false.
   */
  body?: boolean;
  /**
   * Whether a person's `adj` form alone, with no nation (وزير الخارجية، المتحدث), reads in English as the
   * office ("the foreign minister"); false where the bare word means more than the office (المستشار is an
   * adviser more often than a chancellor). Default true.
   */
  bare?: boolean;
}

export const OFFICES: Office[] = [
  { english: ["president"], adj: ["الرئيس"], of: ["رئيس"] },
  { english: ["prime minister", "premier"], adj: ["رئيس الوزراء", "رئيس الحكومة"], of: ["رئيس وزراء", "رئيس حكومة"] },
  // the US secretary of state is its foreign minister; Arabic writes both وزير الخارجية
  { english: ["foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs"], adj: ["وزير الخارجية"], of: ["وزير خارجية"] },
  { english: ["defense minister", "defence minister", "defense secretary", "defence secretary", "minister of defense"], adj: ["وزير الدفاع"], of: ["وزير دفاع"] },
  { english: ["interior minister", "minister of interior", "home secretary"], adj: ["وزير الداخلية"], of: ["وزير داخلية"] },
  { english: ["finance minister", "minister of finance", "treasury secretary"], adj: ["وزير المالية"], of: ["وزير مالية"] },
  { english: ["oil minister", "energy minister", "petroleum minister"], adj: ["وزير النفط", "وزير البترول", "وزير الطاقة"], of: ["وزير نفط", "وزير طاقة"] },
  { english: ["spokesman", "spokeswoman", "spokesperson"], adj: ["المتحدث", "الناطق"], of: ["المتحدث باسم", "الناطق باسم", "المتحدث الرسمي باسم", "الناطق الرسمي باسم", "متحدث باسم", "متحدثة باسم"] },
  { english: ["secretary general", "secretary-general"], adj: [], of: ["الأمين العام", "الأمين العام ل", "أمين عام"] },
  // a nation's coach coaches its national team: مدرب المنتخب المغربي
  { english: ["coach", "manager", "head coach"], adj: ["المدرب", "مدرب المنتخب"], of: ["مدرب", "مدرب منتخب", "المدير الفني ل"] },
  { english: ["king"], adj: ["العاهل", "الملك"], of: ["ملك"] },
  { english: ["crown prince"], adj: ["ولي العهد"], of: [] },
  { english: ["ambassador"], adj: ["السفير"], of: ["سفير"] },
  { english: ["envoy", "special envoy"], adj: ["المبعوث"], of: ["مبعوث", "المبعوث الخاص ل"] },
  { english: ["chancellor"], adj: ["المستشار"], of: ["مستشار"], bare: false },
  // bodies that speak as themselves: ministries, police, army, government (a closed class of state bodies)
  { english: ["interior ministry", "ministry of interior", "ministry of the interior"], adj: ["وزارة الداخلية"], of: ["وزارة داخلية"], body: true },
  { english: ["foreign ministry", "ministry of foreign affairs"], adj: ["وزارة الخارجية"], of: ["وزارة خارجية"], body: true },
  { english: ["defense ministry", "defence ministry", "ministry of defense", "ministry of defence"], adj: ["وزارة الدفاع"], of: ["وزارة دفاع"], body: true },
  { english: ["health ministry", "ministry of health"], adj: ["وزارة الصحة"], of: ["وزارة صحة"], body: true },
  { english: ["finance ministry", "ministry of finance"], adj: ["وزارة المالية"], of: [], body: true },
  { english: ["justice ministry", "ministry of justice"], adj: ["وزارة العدل"], of: [], body: true },
  { english: ["police"], adj: ["الشرطة"], of: ["شرطة"], body: true },
  { english: ["army", "military"], adj: ["الجيش"], of: ["جيش"], body: true },
  { english: ["government"], adj: ["الحكومة"], of: ["حكومة"], body: true },
  { english: ["observatory"], adj: ["المرصد"], of: [], body: true },
];

/**
 * Government portfolios (a closed class: the ministries cabinets hold), each [English forms, Arabic with
 * ال]: each gives its minister (وزير الصحة, the health minister) and its ministry (وزارة الصحة, the health
 * ministry), unless OFFICES above lists that title already (the foreign minister has more English names).
 */
const PORTFOLIOS: Array<[english: string[], arabic: string]> = [
  [["health"], "الصحة"], [["justice"], "العدل"], [["labour", "labor"], "العمل"], [["transport"], "النقل"],
  [["economy"], "الاقتصاد"], [["education"], "التعليم"], [["trade", "commerce"], "التجارة"], [["agriculture"], "الزراعة"],
  [["information"], "الإعلام"], [["culture"], "الثقافة"], [["tourism"], "السياحة"], [["housing"], "الإسكان"],
  [["water"], "المياه"], [["electricity"], "الكهرباء"], [["communications"], "الاتصالات"], [["planning"], "التخطيط"],
  [["environment"], "البيئة"], [["industry"], "الصناعة"], [["hajj"], "الحج"],
];
for (const [english, arabic] of PORTFOLIOS) {
  const bare = arabic.replace(/^\u0627\u0644/, "");
  for (const [word, body, noun] of [["\u0648\u0632\u064A\u0631", false, "minister"], ["\u0648\u0632\u0627\u0631\u0629", true, "ministry"]] as const) {
    if (OFFICES.some((o) => Boolean(o.body) === body && o.adj.includes(`${word} ${arabic}`))) continue;
    OFFICES.push({ english: english.flatMap((e) => [`${e} ${noun}`, `${noun} of ${e}`]), adj: [`${word} ${arabic}`], of: [`${word} ${bare}`], ...(body ? { body } : {}) });
  }
}

/**
 * A nation: English adjectives and country names, the Arabic adjective (masculine, without ال) and
 * country names. Belongs here: sovereign states (and the Palestinian territories) that the news names;
 * the list is closed, the order does not matter.
 */
export type Nation = [adjectives: string[], countries: string[], arabicAdjectives: string[], arabicCountries: string[]];

export const NATIONS: Nation[] = [
  [["american", "us", "u.s."], ["america", "united states", "usa"], ["أمريكي", "أميركي"], ["أمريكا", "أميركا", "الولايات المتحدة"]],
  [["british", "uk"], ["britain", "united kingdom", "england"], ["بريطاني"], ["بريطانيا"]],
  [["russian"], ["russia"], ["روسي"], ["روسيا"]],
  [["iranian"], ["iran"], ["إيراني"], ["إيران"]],
  [["french"], ["france"], ["فرنسي"], ["فرنسا"]],
  [["german"], ["germany"], ["ألماني"], ["ألمانيا"]],
  [["chinese"], ["china"], ["صيني"], ["الصين"]],
  [["turkish"], ["turkey", "turkiye"], ["تركي"], ["تركيا"]],
  [["egyptian"], ["egypt"], ["مصري"], ["مصر"]],
  [["saudi"], ["saudi arabia"], ["سعودي"], ["السعودية"]],
  [["syrian"], ["syria"], ["سوري"], ["سوريا", "سورية"]],
  [["iraqi"], ["iraq"], ["عراقي"], ["العراق"]],
  [["yemeni"], ["yemen"], ["يمني"], ["اليمن"]],
  [["israeli"], ["israel"], ["إسرائيلي"], ["إسرائيل"]],
  [["palestinian"], ["palestine"], ["فلسطيني"], ["فلسطين"]],
  [["jordanian"], ["jordan"], ["أردني"], ["الأردن"]],
  [["lebanese"], ["lebanon"], ["لبناني"], ["لبنان"]],
  [["qatari"], ["qatar"], ["قطري"], ["قطر"]],
  [["kuwaiti"], ["kuwait"], ["كويتي"], ["الكويت"]],
  [["emirati"], ["uae", "united arab emirates"], ["إماراتي"], ["الإمارات"]],
  [["bahraini"], ["bahrain"], ["بحريني"], ["البحرين"]],
  [["omani"], ["oman"], ["عماني"], ["عمان"]],
  [["algerian"], ["algeria"], ["جزائري"], ["الجزائر"]],
  [["moroccan"], ["morocco"], ["مغربي"], ["المغرب"]],
  [["tunisian"], ["tunisia"], ["تونسي"], ["تونس"]],
  [["libyan"], ["libya"], ["ليبي"], ["ليبيا"]],
  [["sudanese"], ["sudan"], ["سوداني"], ["السودان"]],
  [["pakistani"], ["pakistan"], ["باكستاني"], ["باكستان"]],
  [["afghan"], ["afghanistan"], ["أفغاني"], ["أفغانستان"]],
  [["indian"], ["india"], ["هندي"], ["الهند"]],
  [["japanese"], ["japan"], ["ياباني"], ["اليابان"]],
  [["italian"], ["italy"], ["إيطالي"], ["إيطاليا"]],
  [["spanish"], ["spain"], ["إسباني"], ["إسبانيا"]],
  [["ukrainian"], ["ukraine"], ["أوكراني"], ["أوكرانيا"]],
  [["canadian"], ["canada"], ["كندي"], ["كندا"]],
  [["australian"], ["australia"], ["أسترالي"], ["أستراليا"]],
  [["malaysian"], ["malaysia"], ["ماليزي"], ["ماليزيا"]],
  [["indonesian"], ["indonesia"], ["إندونيسي"], ["إندونيسيا"]],
  [["swiss"], ["switzerland"], ["سويسري"], ["سويسرا"]],
  [["argentine", "argentinian"], ["argentina"], ["أرجنتيني"], ["الأرجنتين"]],
  [["brazilian"], ["brazil"], ["برازيلي"], ["البرازيل"]],
  [["norwegian"], ["norway"], ["نرويجي"], ["النرويج"]],
  [["swedish"], ["sweden"], ["سويدي"], ["السويد"]],
  [["dutch"], ["netherlands", "holland"], ["هولندي"], ["هولندا"]],
  [["belgian"], ["belgium"], ["بلجيكي"], ["بلجيكا"]],
  [["greek"], ["greece"], ["يوناني"], ["اليونان"]],
  [["polish"], ["poland"], ["بولندي"], ["بولندا"]],
  [["kenyan"], ["kenya"], ["كيني"], ["كينيا"]],
  [["nigerian"], ["nigeria"], ["نيجيري"], ["نيجيريا"]],
  [["ethiopian"], ["ethiopia"], ["إثيوبي"], ["إثيوبيا"]],
  [["south african"], ["south africa"], ["جنوب أفريقي"], ["جنوب أفريقيا"]],
  [["korean", "south korean"], ["korea", "south korea"], ["كوري"], ["كوريا", "كوريا الجنوبية"]],
  [["mexican"], ["mexico"], ["مكسيكي"], ["المكسيك"]],
  [["venezuelan"], ["venezuela"], ["فنزويلي"], ["فنزويلا"]],
  [["mauritanian"], ["mauritania"], ["موريتاني"], ["موريتانيا"]],
  [["somali"], ["somalia"], ["صومالي"], ["الصومال"]],
];

/**
 * An organisation: English names (acronyms as written) and the Arabic forms that follow an office in a
 * construct (رئيس الفيفا, الناطق باسم الكرملين). Belongs here: international bodies and institutions
 * that news quotes through their officers; not companies or clubs.
 */
export type Organisation = [english: string[], arabic: string[]];

export const ORGANISATIONS: Organisation[] = [
  [["FIFA"], ["الفيفا", "فيفا", "الاتحاد الدولي لكرة القدم"]],
  [["UEFA"], ["اليويفا", "يويفا", "الاتحاد الأوروبي لكرة القدم"]],
  [["IOC", "International Olympic Committee"], ["اللجنة الأولمبية الدولية"]],
  [["UN", "United Nations"], ["الأمم المتحدة"]],
  [["EU", "European Union"], ["الاتحاد الأوروبي"]],
  [["NATO"], ["الناتو", "حلف الناتو", "حلف شمال الأطلسي"]],
  [["Arab League"], ["الجامعة العربية", "جامعة الدول العربية"]],
  [["GCC", "Gulf Cooperation Council"], ["مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"]],
  [["OPEC"], ["أوبك", "منظمة أوبك"]],
  [["IMF", "International Monetary Fund"], ["صندوق النقد الدولي"]],
  [["WHO", "World Health Organization"], ["منظمة الصحة العالمية"]],
  [["Kremlin"], ["الكرملين"]],
  [["White House"], ["البيت الأبيض"]],
  [["Pentagon"], ["البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية"]],
  [["State Department"], ["الخارجية الأمريكية", "وزارة الخارجية الأمريكية"]],
  [["Arab Coalition", "coalition"], ["التحالف العربي", "التحالف"]],
];
