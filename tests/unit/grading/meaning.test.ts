// Engine v2, table-driven: negation scope (before, after, a bare "no"), pseudo-negation, contrast,
// concession, endorsed practices, co-occurrence, number ranges, sense guards and the list rule,
// in all three languages.
import { describe, expect, it } from "vitest";
import type { Keyword, Lang } from "../../../src/content/types.js";
import { gradeAnswer } from "../../../src/grading/index.js";
import { question } from "../../support/grading.js";

/** Whether concept "c" with these keywords is credited. */
const credits = (keywords: Keyword[], answer: string, lang: Lang) =>
  gradeAnswer(question({ pass: 50, concepts: [{ id: "c", label: "C", weight: 1, keywords }], redFlags: [] }, lang), answer).concepts[0]!.hit;
/** Whether a practice red flag with these keywords fires. */
const endorses = (practice: Keyword[], answer: string, lang: Lang) =>
  gradeAnswer(question({ pass: 50, concepts: [], redFlags: [{ id: "f", label: "F", keywords: [], practice }] }, lang), answer).redFlags[0]!.hit;
/** Whether a claim red flag with these keywords fires. */
const claims = (keywords: Keyword[], answer: string, lang: Lang) =>
  gradeAnswer(question({ pass: 50, concepts: [], redFlags: [{ id: "f", label: "F", keywords }] }, lang), answer).redFlags[0]!.hit;

type Row = [lang: Lang, keyword: Keyword, answer: string, want: boolean];

describe("negation scope: before the words, through the clause", () => {
  it.each<Row>([
    ["en", "engagement", "I don't know anything about engagement or followers", false],
    ["en", "followers", "I don't know anything about engagement or followers", false],
    ["en", "conversions", "I don't track reach but I do track conversions", true],
    ["ru", "вовлеченность", "Я ничего не понимаю в вовлечённости", false],
    ["ru", "продажи", "Не лайки, а продажи", true],
    ["el", "δέσμευση", "Δεν ξέρω τίποτα για τη δέσμευση", false],
    ["el", "πωλήσεις", "Όχι τα likes, αλλά οι πωλήσεις", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("negation after the words", () => {
  it.each<Row>([
    ["en", "likes", "Likes are not the goal.", false],
    ["en", "posting more", "Posting more is not the skill.", false],
    ["en", "respond quickly", "Respond quickly and don't argue.", true],
    ["ru", "лайки", "Лайки не главное.", false],
    ["ru", "негатив", "Негатив не удаляю, отвечаю на него.", true],
    ["el", "likes", "Τα likes δεν είναι ο στόχος.", false],
    ["el", "πρόγραμμα", "Φτιάχνω πρόγραμμα χωρίς να καώ.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("a bare 'no' after the mention", () => {
  it.each<Row>([
    ["en", "buy followers", "Buy followers? Never.", false],
    ["en", "buy followers", "Buy followers? Absolutely not, they are bots.", false],
    ["en", "buy followers", "I'd buy followers, no problem.", true],
    ["ru", "покупать подписчиков", "Покупать подписчиков — точно нет.", false],
    ["ru", "забивать все 30", "Забивать все 30 — не вариант.", false],
    ["el", "αγορά followers", "Αγορά followers; Ποτέ.", false],
    ["el", "αγορά followers", "Αγορά followers; Σε καμία περίπτωση.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(claims([k], a, lang)).toBe(want));
});

describe("pseudo-negations and double negatives", () => {
  it.each<Row>([
    ["en", "analytics", "Never ignore analytics.", true],
    ["en", "plan", "You can't grow without a plan.", true],
    ["ru", "аналитика", "Без аналитики никуда.", true],
    ["ru", "вовлеченность", "Не забывайте про вовлечённость.", true],
    ["el", "δέσμευση", "Όχι μόνο likes αλλά και δέσμευση.", true],
    ["el", "likes", "Όχι μόνο likes αλλά και δέσμευση.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));

  // A negated "lie", "fail", "fool" vouches for what it follows: the practice is endorsed, not turned down.
  it.each<Row>([
    ["en", "gut feeling", "I plan by gut feeling that never lies.", true],
    ["en", "gut feeling", "I plan by gut feeling that never works.", false],
    ["ru", "чутьё", "Чутьё меня не подводит.", true],
    ["ru", "чутьё", "Чутьё меня не спасает.", false],
    ["el", "feeling", "Το feeling δεν σε γελάει.", true],
    ["el", "feeling", "Το feeling δεν δουλεύει.", false],
  ])("%s practice %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("contrast", () => {
  it.each<Row>([
    ["en", "likes", "I'd track sales rather than likes.", false],
    ["en", "sales", "I'd track sales rather than likes.", true],
    ["en", "likes", "Focus on leads instead of likes.", false],
    ["ru", "лайки", "Смотрю на заявки вместо лайков.", false],
    ["el", "likes", "Μετράω πωλήσεις αντί για likes.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("concession: what comes before 'but' is not endorsed", () => {
  it.each<Row>([
    ["en", "harmless", "It may look harmless, but purchased followers are fake.", false],
    ["en", "harmless", "Buying followers is harmless.", true],
    ["ru", "дешево", "Конечно, это дёшево, но такие подписчики — боты.", false],
    ["el", "φθηνό", "Μπορεί να φαίνεται φθηνό, αλλά είναι bots.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(claims([k], a, lang)).toBe(want));
});

describe("practice red flags fire only when the answer endorses the practice", () => {
  it.each<Row>([
    ["en", "buy followers", "Buying followers is a quick and cheap way to look popular, I'd do it.", true],
    ["en", "follower package", "I'd grab a small follower package to get started.", true],
    ["en", "buy followers", "Buying followers? Never — they're bots.", false],
    ["en", "buy followers", "Buying followers is risky and pointless.", false],
    ["en", "buy followers", "Some clients ask me to buy followers.", false],
    ["en", "buy followers", "Buying followers isn't risky at all, I do it.", true],
    ["ru", "пакет подписчиков", "Я бы взяла небольшой пакет подписчиков для старта.", true],
    ["ru", "накрутка", "Накрутка — это боты и бан, не стоит.", false],
    ["ru", "накрутка", "Некоторые клиенты просят накрутку.", false],
    ["el", "αγοράζω followers", "Στην αρχή αγοράζω μερικά followers για να μη φαίνεται άδειο.", true],
    ["el", "αγοράζω followers", "Το να αγοράζεις followers είναι επικίνδυνο.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("co-occurrence: all parts in one sentence, any order", () => {
  const goal: Keyword = { all: ["likes", ["goal", "success"]] };
  it.each<Row>([
    ["en", goal, "For me success is lots of likes.", true],
    ["en", goal, "Likes. The goal is sales.", false],
    ["en", goal, "Likes are nice; our goal is sales.", false],
    ["ru", { all: ["лайки", ["цель", "задача"]] }, "Задача выполнена, если под постом сотни лайков.", true],
    ["el", { all: ["likes", ["στόχος"]] }, "Ο στόχος μου είναι πολλά likes.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));

  it("quotes the words of each part", () => {
    const q = question({ pass: 50, concepts: [{ id: "c", label: "C", weight: 1, keywords: [goal] }], redFlags: [] });
    expect(gradeAnswer(q, "For me success is lots of likes.").concepts[0]!.matches).toEqual(["success", "likes"]);
  });
});

describe("number ranges", () => {
  const users: Keyword = { between: [4.5, 5.7], scale: "billion" };
  const share: Keyword = { between: [55, 66], unit: "percent" };
  it.each<Row>([
    ["en", users, "About 5 billion people use social media.", true],
    ["en", users, "about five billion people", true],
    ["en", users, "roughly four point six two billion users", true],
    ["en", users, "4.62bn users", true],
    ["en", users, "5,200 million users", true],
    ["en", users, "about 3 billion users", false],
    ["en", users, "5 million users", false],
    ["en", share, "almost six in ten people", true],
    ["en", share, "58.4% of the world", true],
    ["en", share, "6 out of 10 people", true],
    ["en", share, "about 40% of people", false],
    ["ru", users, "почти пять миллиардов человек", true],
    ["ru", users, "4,62 млрд пользователей", true],
    ["ru", share, "почти шесть из десяти", true],
    ["ru", share, "около 60 процентов", true],
    ["el", users, "πάνω από πέντε δισεκατομμύρια", true],
    ["el", users, "τέσσερα κόμμα έξι δισεκατομμύρια άτομα", true],
    ["el", share, "σχεδόν έξι στους δέκα", true],
    ["el", share, "πάνω από 60 τοις εκατό", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));

  it.each<Row>([
    ["en", "1080x1080", "I export at 1080×1080 for the feed", true],
    ["en", "1080x1080", "square, 1080 x 1080", true],
    ["en", "1080x1080", "square 1080x1080", true],
    ["ru", "1080x1080", "квадрат 1080х1080", true],
  ])("sizes: %s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("sense guards", () => {
  const average: Keyword = { keyword: "μέσο", unless: ["μέσα κοινωνικής δικτύωσης", "ενημέρωσης"] };
  it.each<Row>([
    ["el", average, "Βγάζω τον μέσο όρο ανά ανάρτηση.", true],
    ["el", average, "Δουλεύω στα μέσα κοινωνικής δικτύωσης.", false],
    ["el", average, "Μιλάω με τα μέσα ενημέρωσης.", false],
    ["en", { keyword: "later", unless: ["later on", "see you later"] }, "I schedule everything in Later.", true],
    ["en", { keyword: "later", unless: ["later on", "see you later"] }, "I'll do that later on.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("a list of keywords is not an answer", () => {
  const q = question({ pass: 40, concepts: [{ id: "c", label: "C", weight: 1, keywords: ["likes", "followers", "listening"] }], redFlags: [] });
  it.each<[string, boolean]>([
    ["likes followers reach divided 100 per post average", true],
    ["Listening.", false],
    ["Active listening, honestly.", false],
    ["I add up likes and comments and divide by followers.", false],
    ["лайки подписчики охват ER CTR CPA ROMI", true],
    ["Μετράω likes και σχόλια ανά ακόλουθο.", false],
    // Steps said as Russian infinitives are statements, not a list; one verb among terms is still a list.
    ["Понять, кто ваши клиенты, поставить измеримые цели, посмотреть конкурентов, составить контент-план и регулярно проверять цифры.", false],
    ["Под цели бизнеса: узнать аудиторию, поставить измеримые цели, изучить конкурентов, сделать контент-план и смотреть цифры.", false],
    ["лайки подписчики охват делить 100 пост среднее", true],
    ["продажи заявки лояльность узнаваемость сообщество KPI", true],
  ])("%j → list %s", (answer, list) => {
    const g = gradeAnswer(q, answer);
    expect(g.list).toBe(list);
    if (list) expect(g.passed).toBe(false);
  });
});

describe("buzzwords with nothing concrete behind them are not an answer", () => {
  const q = question({ pass: 40, concepts: [{ id: "c", label: "C", weight: 1, keywords: ["engagement", "стратегия", "στρατηγική"] }], redFlags: [] });
  it.each<[string, boolean]>([
    // Five different jargon words, a fifth of the answer or more: stuffed.
    ["We leverage storytelling and engagement to drive conversions, ROI and growth across the funnel.", true],
    ["Наша стратегия — это охват, вовлечённость, конверсия и рост узнаваемости бренда через контент.", true],
    ["Η στρατηγική μας φέρνει engagement, ROI, conversions και αναγνωρισιμότητα μέσα από storytelling.", true],
    // The same words between concrete things said: not stuffed.
    ["Engagement is what I watch: I add up likes, comments and saves on each post, divide by the followers, and compare it month to month in a small spreadsheet for the owner.", false],
    ["Стратегия у меня простая: три поста в неделю, в пятницу сторис с опросом, а в конце месяца смотрю, сколько людей написали в директ и сколько из них купили.", false],
    ["Η στρατηγική μου είναι απλή: τρεις αναρτήσεις την εβδομάδα, ένα ερωτηματολόγιο στις ιστορίες την Παρασκευή, και στο τέλος του μήνα κοιτάζω πόσοι έστειλαν μήνυμα και πόσοι αγόρασαν.", false],
    // Four jargon words are not enough, however short the answer.
    ["Engagement, reach, ROI, funnel.", false],
  ])("%j → stuffed %s", (answer, stuffed) => {
    const g = gradeAnswer(q, answer);
    expect(g.stuffed).toBe(stuffed);
    if (stuffed) expect(g.passed).toBe(false);
  });
});

describe("shows what it did not count, and why", () => {
  it("lists a negated mention of a practice", () => {
    const q = question({ pass: 50, concepts: [], redFlags: [{ id: "f", label: "F", keywords: [], practice: ["buy followers"] }] });
    expect(gradeAnswer(q, "Buy followers? Never.").redFlags[0]!.rejected).toEqual([{ words: "Buy followers", why: "negated" }]);
    expect(gradeAnswer(q, "Buying followers is pointless.").redFlags[0]!.rejected).toEqual([{ words: "Buying followers", why: "judged" }]);
  });
});

describe("a judgement counts only from the mention's clause on", () => {
  it.each<Row>([
    ["en", "buy followers", "The account looks empty and bad, so I'd buy followers.", true],
    ["en", "delete comments", "If a comment is bad, I delete comments like that.", true],
    ["ru", "купить подписчиков", "Аккаунт выглядит пустым и плохим, поэтому я бы решил купить подписчиков.", true],
    ["en", "buy followers", "I'd buy followers, but it's risky.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a negation before a quotation covers all of it", () => {
  it.each<Row>([
    ["en", "share to win", "Yes, but not the 'like and share to win' kind.", false],
    ["en", "share to win", "We ran a 'like and share to win' giveaway.", true],
    ["ru", "отметь друзей", "Можно, но не в формате «поставь лайк, сделай репост и отметь друзей».", false],
    ["ru", "отметь друзей", "Делаю конкурс «поставь лайк, сделай репост и отметь друзей».", true],
    ["el", "κάνε tag", "Ναι, αλλά όχι με το «κάνε like, share και κάνε tag».", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(claims([k], a, lang)).toBe(want));
});

describe("a phrase does not run across a turning 'but'", () => {
  it.each<Row>([
    ["en", "likes are what matters", "Likes are nice, but what matters is sales.", false],
    ["en", "likes are what matters", "Likes are what matters.", true],
    ["ru", "лайки главное", "Лайки приятны, но главное — заявки.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("a bare 'no' only after a question, a dash or a colon", () => {
  it.each<Row>([
    ["el", "30 hashtags", "Επιτρέπονται 30 hashtags, όχι, δεν τα βάζω όλα.", true],
    ["el", "30 hashtags", "Βάζω 30 hashtags — όχι.", false],
    ["en", "30 hashtags", "All 30 hashtags: no way.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(claims([k], a, lang)).toBe(want));
});

describe("a judgement word used as a means is no verdict", () => {
  it.each<Row>([
    ["ru", "поведенческие факторы", "Докручиваем поведенческие факторы через ботов, и позиции растут.", true],
    ["en", "inflate engagement", "We inflate engagement through bots and it works.", true],
    ["en", "inflate engagement", "Inflating engagement is pointless, the bots never buy.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("'it feels like X, but' concedes X", () => {
  it.each<Row>([
    ["en", "24/7", "So it kind of feels like a 24/7 thing, but I don't think it has to be.", false],
    ["en", "24/7", "I'm online 24/7, that's the job.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(claims([k], a, lang)).toBe(want));
});

describe("ru: 'борется с', 'ограничения', 'потерять' judge a practice", () => {
  it.each<Row>([
    ["ru", "требуют лайкнуть", "Фейсбук борется с постами, где требуют лайкнуть, можно получить ограничения.", false],
    ["ru", "требуют лайкнуть", "Мы делаем посты, где требуют лайкнуть и отметить друга.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a negation after a quotation denies all of it", () => {
  it.each<Row>([
    ["ru", "поделись", "Провести конкурс можно, а вот в формате «лайкни и поделись, чтобы выиграть» — нет.", false],
    ["ru", "поделись", "Провести конкурс можно в формате «лайкни и поделись, чтобы выиграть» — работает.", true],
    ["en", "share to win", "A contest, sure; the 'like, comment and share to win' kind? Never.", false],
    ["el", "κάνε share", "Διαγωνισμό ναι, με «κάνε like και κάνε share, για να κερδίσεις» — όχι.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("turning it down after the words: 'не советую', 'wouldn't recommend', 'δεν προτείνω'", () => {
  it.each<Row>([
    ["ru", "быть везде", "Быть везде сразу не советую: лучше две площадки хорошо.", false],
    ["ru", "подписка за подписку", "Накрутку и подписку за подписку сразу отметаю.", false],
    ["ru", "быть везде", "Быть везде сразу — вот мой совет.", true],
    ["en", "post everywhere", "Post everywhere at once? Wouldn't recommend it.", false],
    ["en", "post everywhere", "Post everywhere at once is off the table for a team of one.", false],
    ["el", "παντού", "Να είμαστε παντού δεν το προτείνω, καλύτερα δύο κανάλια.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("more judgements of a practice: noise, money burnt, steering clear", () => {
  it.each<Row>([
    ["ru", "посты ради постов", "Посты ради постов, без цели, — это не работа, а шум.", false],
    ["ru", "без плана", "Большие деньги без понятного плана просто сгорят.", false],
    ["ru", "розыгрыш за репост", "Розыгрыш за репост делали — толку никакого, одни призоловы.", false],
    ["en", "buying followers", "What I'd steer well clear of is buying followers to look big.", false],
    ["en", "posting for the sake of it", "Posting for the sake of it is just noise.", false],
    ["el", "χωρίς πλάνο", "Τα λεφτά χωρίς πλάνο απλώς καίγονται.", false],
    ["en", "buying followers", "Buying followers to look big is how I start every account.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("what a judgement is not: 'not against', after 'otherwise', a quoted word", () => {
  it.each<Row>([
    ["en", "growth service", "If we fall behind, I'm not against topping it up with a growth service.", true],
    ["ru", "докупить подписчиков", "Я не против докупить подписчиков, если план горит.", true],
    ["el", "αγοράσω followers", "Δεν είμαι αντίθετη να αγοράσω followers στην αρχή.", true],
    ["el", "όλα τα δίκτυα", "Λέω να ανοίγουμε σε όλα τα δίκτυα, αλλιώς χάνεις κόσμο.", true],
    ["en", "every platform", "We need to be on every platform, otherwise we lose people.", true],
    ["ru", "во всех соцсетях", "Нужно быть во всех соцсетях, иначе теряешь аудиторию.", true],
    ["el", "κρύβουν", "Έχω φίλτρα που κρύβουν κάθε σχόλιο με λέξεις όπως «απάτη».", true],
    ["en", "hide comments", "I set filters to hide comments with words like 'scam' or 'fake'.", true],
    ["en", "hide comments", "To hide comments with a filter is a scam.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("'someone else' is looked for only in the mention's own clause", () => {
  it.each<Row>([
    ["ru", "накручивали", "Мы размещали ссылки на сайты клиентов, накручивали плюсики.", true],
    ["ru", "накручивали", "Клиенты накручивали плюсики.", false],
    ["en", "bought followers", "Our competitors bought followers.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("more ways to turn a practice down: 'breaks the rules', 'αυτογκόλ', 'με τίποτα', 'what I wouldn't do is just…'", () => {
  it.each<Row>([
    ["en", "share and tag a friend to win", "\"Like, share and tag a friend to win\" breaks Facebook's rules.", false],
    ["el", "αγορασμένοι followers", "Οι αγορασμένοι followers είναι αυτογκόλ: δεν αντιδρούν ποτέ.", false],
    ["el", "αγορά ακολούθων", "Αγορά ακολούθων με τίποτα: κανείς δεν θα μπει στο μαγαζί.", false],
    ["en", "as many posts as we can", "What I wouldn't do is just fire off as many posts as we can.", false],
    ["en", "buy followers", "I don't just buy followers, I buy likes too.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a 'without' governs its noun phrase, not the verb after it", () => {
  it.each<Row>([
    ["en", "plan", "We post without a clear content plan.", false],
    ["ru", "плана", "Постим без понятного контент-плана.", false],
    ["el", "πλάνο", "Ανεβάζουμε χωρίς ένα σαφές πλάνο.", false],
    ["ru", "сгорят", "Деньги без понятного плана просто сгорят.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("'makes things worse' judges a practice", () => {
  it.each<Row>([
    ["en", "hiding complaints", "Hiding complaints so the page looks tidy only makes things worse.", false],
    ["el", "κρύβω τα παράπονα", "Αν κρύβω τα παράπονα, τα πράγματα γίνονται χειρότερα.", false],
    ["en", "hiding complaints", "Hiding complaints so the page looks tidy is what I do.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a group of other people is someone else: 'people who', 'те, кто', 'όσοι'", () => {
  it.each<Row>([
    ["en", "only know the free", "I've met people who only know the free schedulers, and that's not enough.", false],
    ["en", "fight back", "Some people say you should fight back against trolls.", false],
    ["en", "fight back", "When people attack us, I fight back.", true],
    ["ru", "покупает подписчиков", "Те, кто покупает подписчиков, потом не понимают, почему нет продаж.", false],
    ["el", "αγοράζουν followers", "Όσοι αγοράζουν followers το μετανιώνουν.", false],
    ["el", "αγοράζουμε followers", "Στην αρχή αγοράζουμε followers για να μη φαίνεται άδειο.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("'нельзя' after the words, but not after a 'без'", () => {
  it.each<Row>([
    ["ru", "покупать подписчиков", "Покупать подписчиков нельзя.", false],
    ["ru", "аналитики", "Без аналитики нельзя.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("a keyword's own negation stays in its clause", () => {
  it.each<Row>([
    ["ru", "не смотрю цифры", "Я не полагаюсь на интуицию, смотрю цифры.", false],
    ["ru", "не смотрю цифры", "Я вообще не смотрю цифры.", true],
    ["en", "don't check the numbers", "I don't trust my gut, I check the numbers.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(claims([k], a, lang)).toBe(want));
});

describe("a practice turned down by a negated verb after it", () => {
  it.each<Row>([
    ["ru", "накрутку", "А вот на накрутку подписчиков я бы не потратила ни рубля.", false],
    ["ru", "накрутку", "Накрутку никогда не делаю.", false],
    ["en", "paid followers", "Paid followers I would never touch.", false],
    ["el", "αγορά followers", "Αγορά followers δεν κάνω ποτέ.", false],
    // not when the negation is about a purpose or denies a judgement
    ["el", "αγοράζω followers", "Στην αρχή αγοράζω followers για να μη φαίνεται άδειο.", true],
    ["en", "buy followers", "I buy followers so it doesn't look empty.", true],
    ["ru", "накрутку", "Накрутку делаю, это не вредно.", true],
    // nor when the practice states a negation itself
    ["ru", "никаких контент-планов", "Никаких контент-планов не писала.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("family and friends are someone else", () => {
  it.each<Row>([
    ["el", "όλη μέρα στο Instagram", "Η μάνα μου νομίζει ότι κάθομαι όλη μέρα στο Instagram.", false],
    ["en", "all day on Instagram", "My mum thinks I sit all day on Instagram.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("'nothing', 'τίποτα'; a 'no' after a quotation may follow a comma", () => {
  it.each<Row>([
    ["en", "bought followers", "Nothing goes on bought followers or engagement packages.", false],
    ["el", "αγορασμένους followers", "Τίποτα δεν πάει σε αγορασμένους followers.", false],
    ["el", "κάνε like και share", "Με «κάνε like και share για να κερδίσεις», όχι: πάει κόντρα στους κανόνες.", false],
    ["ru", "накрутил", "Прошлый подрядчик накрутил тысяч десять.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
  it("'nothing beats' is praise", () => expect(credits(["consistency"], "Nothing beats consistency.", "en")).toBe(true));
});

describe("an apostrophe of elision is no quotation mark", () => {
  it.each<Row>([
    ["el", "αγορασμένοι followers", "Γι' αυτό και οι αγορασμένοι followers είναι αυτογκόλ.", false],
    ["en", "share and tag a friend to win", "\"Like, share and tag a friend to win\" breaks Facebook's rules.", false],
    ["en", "share to win", "We ran a 'like and share to win' giveaway.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a co-occurrence's own negation; 'not just' after a keyword's negation; a bare 'Wrong.'", () => {
  const dontCheck: Keyword = { all: [["I don't check", "I never check"], ["stats", "analytics"]] };
  it.each<Row>([
    ["en", dontCheck, "Honestly, I don't check the stats, I go by feel.", true],
    ["en", dontCheck, "I don't just check the stats, I act on them.", false],
    ["en", "analytics are not needed", "Analytics are not needed? Wrong, they are essential.", false],
    ["el", "δεν χρειάζονται αναλυτικά", "Δεν χρειάζονται αναλυτικά; Λάθος, είναι απαραίτητα.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a practice left in the past ('before… now', 'раньше… теперь', 'παλιά… τώρα')", () => {
  it.each<Row>([
    ["en", "always on the phone", "Before, I was always on the phone until midnight. Now I schedule everything.", false],
    ["ru", "все 30 хештегов", "Раньше ставила все 30 хештегов, теперь три-пять по теме.", false],
    ["el", "30 hashtags", "Παλιά έβαζα 30 hashtags, τώρα βάζω 3 με 5.", false],
    // a past without a "now" still tells what the candidate does
    ["en", "always on the phone", "Before every launch I am always on the phone.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("the last part of a co-occurrence turned down; 'technically' concedes", () => {
  const contests: Keyword = { all: [["розыгрыши", "конкурсы"], ["репост", "репосты"]] };
  it.each<Row>([
    ["ru", contests, "Розыгрыши «за репост» ради базы не делаю — приходят охотники за призами.", false],
    ["ru", contests, "Розыгрыши за репост делаю каждый месяц.", true],
    ["en", "free tools", "Technically you can get by with free tools, but it eats hours.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a hyphenated compound is no scope terminator", () => {
  it.each<Row>([
    ["en", "growth packages", "Nothing on so-called growth packages or bought likes.", false],
    ["en", "growth packages", "I spend nothing on ads, so growth packages do the job.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("'not afraid to' affirms; someone else inside a condition is the occasion", () => {
  it.each<Row>([
    ["en", "clap back", "If someone's just being ridiculous, I'm not afraid to clap back a little.", true],
    ["ru", "спорить с троллями", "Я не боюсь спорить с троллями публично.", true],
    ["en", "hide it", "If someone's rude I hide it straight away.", true],
    ["en", "hide it", "Someone on the team hides it straight away.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("turning down, read closely: 'instead of' after the practice, 'а не чтобы', '…? Нет', 'από τότε'", () => {
  it.each<Row>([
    ["el", "30 hashtags", "Το κόλπο είναι να βάζεις και τα 30 hashtags στο πρώτο σχόλιο αντί για τη λεζάντα.", true],
    ["ru", "собирал лайки", "Цель — заявки, а не чтобы каждый пост собирал лайки.", false],
    ["ru", "докупить подписчиков", "Докупить подписчиков, чтобы аккаунт не выглядел пустым? Нет, это боты.", false],
    ["el", "like, share και tag", "Παλιά έστησα διαγωνισμό με «like, share και tag δύο φίλους». Από τότε δεν το κάνω.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("a negative cleft denies what follows it: 'What I wouldn't do is…', 'Чего не хочу — …', 'Αυτό που δεν κάνω: …'", () => {
  it.each<Row>([
    ["el", "αγορασμένα links", "Αυτό που δεν κάνω: αγορασμένα links, γέμισμα με λέξεις-κλειδιά, κρυφά κείμενα.", false],
    ["el", "πακέτα ακολούθων", "Αυτό που δεν θα έκανα ποτέ είναι να δώσω έστω και πενήντα ευρώ σε πακέτα ακολούθων.", false],
    ["ru", "жалобы тихо удаляли", "Чего не хочу — чтобы жалобы тихо удаляли.", false],
    ["en", "as many posts as we can", "What I wouldn't do is fire off as many posts as we can.", false],
    // not a cleft of the candidate's own: "what doesn't lose value", "what I'd do instead"
    ["ru", "полезные материалы", "Лучше вкладываться в то, что не обесценивается: полезные материалы.", true],
    ["el", "νέα δίκτυα", "Αυτό που δεν αλλάζει: νέα δίκτυα βγαίνουν συνέχεια.", true],
    ["en", "like this post, share it", "What I'd do instead — and it's free — is a giveaway: like this post, share it.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});

describe("Greek homographs of a negation: 'πότε' (when), 'κάνεις' (you do)", () => {
  it.each<Row>([
    ["el", "ανεβάζεις συνέχεια", "Αυτό που κάνεις είναι να ανεβάζεις συνέχεια καλά πράγματα.", true],
    ["el", "απαντήσω", "Ξέρω πότε να απαντήσω.", true],
    ["el", "απαντήσω", "Ποτέ δεν θα απαντήσω ειρωνικά.", false],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(credits([k], a, lang)).toBe(want));
});

describe("a purpose clause between the practice and its 'no'; '— мимо'", () => {
  it.each<Row>([
    ["ru", "накручивать просмотры", "Накручивать просмотры, чтобы «разогнать», — не вариант.", false],
    ["en", "buy followers", "Buy followers, to look big at launch? Never.", false],
    ["ru", "лайки как главная цель", "Лайки как главная цель — мимо.", false],
    ["ru", "накручивать просмотры", "Накручивать просмотры, чтобы «разогнать», — мой способ.", true],
  ])("%s %j in %j → %s", (lang, k, a, want) => expect(endorses([k], a, lang)).toBe(want));
});
