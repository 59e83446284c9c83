// English. Latin words in a Russian or Greek answer ("Reels", "engagement rate") use this module too.
import StemmerEn from "@nlpjs/lang-en-min/src/stemmer-en.js";
import type { LanguageDefinition } from "./types.js";
import { snowball } from "./snowball.js";

/** English: Porter2 stems, English negation, evaluation and number words. */
export const en: LanguageDefinition = {
  code: "en",
  script: "latin",
  stemmer: () => snowball(new StemmerEn()),
  keyboard: ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
  vowels: "aeiouy",
  functionWords: "the a an to of in on at by for from with into onto and or",
  articles: "a an the",
  glueWords: `i me my we us our you your he she it its they them their this that these those is are was were be been
    being am do does did have has had will would can could should shall may might must not no if then than so as
    but because about what how when where which who there here also just very really all any some more most get`,
  negations: `not no never without nor neither cannot instead dont doesnt didnt wont wouldnt cant couldnt shouldnt
    isnt arent wasnt werent havent hasnt hadnt mustnt neednt aint nothing`,
  concordNegations: "",
  contrastWords: "instead",
  contrastPhrases: "rather than\ninstead of\nin place of",
  postNegations: `is not
    are not
    was not
    were not
    isnt
    arent
    wasnt
    werent
    is never
    are never
    is no
    are no
    doesnt work
    dont work
    doesnt help
    dont help
    doesnt matter
    dont matter
    doesnt pay
    dont pay
    doesnt count
    dont count
    doesnt mean
    dont mean
    doesnt bring
    dont bring
    doesnt convert
    dont convert
    doesnt solve
    dont solve
    wont help
    wont work
    never works
    never work
    not an option
    wouldnt recommend
    dont recommend
    not recommended
    is off the table
    are off the table
    not the goal
    not the point`,
  pseudoNegations: "only just merely simply solely doubt matter mention less problem wonder brainer beats beat",
  doubleNegatives: "ignore overlook forget underestimate neglect skip substitute afford optional negotiable against averse afraid lie lies mislead misleads fool fools betray betrays disappoint disappoints",
  scopeTerminators: "but however though although because since which who whereas while yet so unless except if and",
  bareNegationFillers: "absolutely definitely certainly surely really way chance ever thanks please option goal point idea thing go all",
  privatives: "without",
  contrastConjunctions: "but however though",
  concessionMarkers: "may might could sure although though admittedly seem look feel tempting course granted technically theoretically",
  negativeEvaluations: `bad harm harmful hurt risky risk dangerous pointless useless fake bot waste mistake wrong ban
    banned penalty penalize punish shadowban kill destroy ruin damage avoid refuse against terrible worst spam spammy
    scam cheat dishonest unethical violate violation illegal myth trap backfire suspicious worthless shady
    downrank hollow vanity meaningless irrelevant lose drag tank flag stupid
    silly dead ghost inflate inflated junk garbage nonsense penalise penalize penalised penalized burnout
    noise steer break clamp worse`,
  purposeWords: "so to",
  purposeOpeners: "to",
  conditionWords: "if when whenever",
  cleftOpeners: "what i\nwhat we\nthe thing i\nthe one thing i\nthe only thing i",
  cleftCopulas: "is are was were",
  pastMarkers: "before\nused to\nat first\nback then\nin the beginning\nwhen i started\nearly on\nyears ago\nin the past\nonce upon",
  nowMarkers: "now\nnowadays\nthese days\ntoday\nsince then\never since",
  adoptionMarkers: "do the same\ndoing the same\ndid the same\nsame approach\nfollow suit\ncopy that\ncopy them\ncopy it\ncopy their\nwe should too\nwe should as well\ndo that too\ndo it too\ndo likewise\neveryone does it\neverybody does it\nnormal practice\nstandard practice\ncommon practice\nnothing wrong with it\nwould do it again",
  otherwise: "otherwise else",
  instruments: "with using via through",
  otherGroups: "people who\nthose who\nsome people\nmany people\nmost people\na lot of people\nplenty of people\nother people",
  otherExperiencers: "client customer competitor others someone somebody agency rival manager boss colleague predecessor contractor mum mom mother parents friend friends",
  numberWords: `zero 0, one 1, two 2, three 3, four 4, five 5, six 6, seven 7, eight 8, nine 9, ten 10, eleven 11,
    twelve 12, thirteen 13, fourteen 14, fifteen 15, sixteen 16, seventeen 17, eighteen 18, nineteen 19, twenty 20,
    thirty 30, forty 40, fifty 50, sixty 60, seventy 70, eighty 80, ninety 90, hundred 100, hundreds 100,
    half 0.5, dozen 12, dozens 12`,
  scaleWords: "thousand 1e3, thousands 1e3, k 1e3, million 1e6, millions 1e6, mln 1e6, m 1e6, billion 1e9, billions 1e9, bn 1e9, b 1e9",
  percentWords: "percent per cent pct percentage",
  fractionWords: "in out of",
  decimalWords: "point",
  // Latin jargon inside a Russian or Greek answer ("KPI", "engagement") is read by this module too.
  buzzwords: `engagement engage engaging roi kpi kpis conversion conversions reach strategy strategic funnel awareness
    storytelling growth omnichannel multichannel holistic synergy synergies synergistic leverage leveraging optimise
    optimize optimisation optimization metrics analytics algorithm algorithms viral virality traffic ranking rankings
    ecosystem integrated touchpoint touchpoints insight insights impressions ugc authentic authenticity visibility
    branding positioning drive driving boost boosting results performance scale scalable seo backlink backlinks
    keyword keywords value brand`,
  distinctStems: "contact contract\nmarket marker\nconvert concert\ncomplaint compliant\ncompliment complement",
};
