// What is left of a question after every recogniser has taken what it understood: the words no part of the
// query uses. Function words, particles, politeness and punctuation of both languages go (the lists below,
// reviewed word by word: each one never narrows, widens or changes what is counted); whatever else is left
// is a content word, and a question with a content word left gets no figure (index.ts), because the figure
// would answer a broader question than the one asked ("events in Milwaukee" → every event).
//
// The lists are deliberately short and explicit — not "any English word": a word that is not here and that
// no recogniser reads is reported to the user, who can rephrase. Words that restrict or negate ("not",
// "excluding", 以外, 以降, "since" before a single date) are never here: a recogniser that uses them consumes
// them, and one that cannot leaves them to be named.
import { asciiLower, type Scan } from './scan.ts'

/** A span of the scanned text, [start, end). */
/** Whether an English word (lower case) carries no condition of its own (the typo corrector never lands on one). */
export function isFunctionWord(word: string): boolean {
  return EN_FUNCTION.has(word)
}

export interface Span {
  start: number
  end: number
}

// English words that carry no condition of their own in a question about the recorded events.
const EN_FUNCTION = new Set(
  `
a an the this that these those some any all every each both either our my your their its it we us you they i me
what which how whose is are was were be been being am do does did done doing have has had having will would can
could should shall may might must
in on at of for from to with by about into during within across throughout between
and or also as so then there here too
please pls kindly thanks thank hi hello hey tell show give get got know let see saw seen find check want wanted need like
would love just quick question quickly currently
many much number numbers count counts counted total totals sum overall altogether figure figures data stats
statistics amount
hold held holding host hosted hosting run ran running organize organized organise organised organizing
organising conduct conducted conducting carry carried out take took taken place happen happened occur occurred
record recorded log logged listed flagged marked put on
time times different distinct separate unique individual
already yet far
task force grassroots outreach nationwide
s combined together over
including featuring involving related regarding concerning anything something q
approximately approx roughly around estimated ok okay well now again update updates add
itself themselves drew draw attracted attract came come coming
actually really everything them
sorry lol fine wondering wonder curious weird thx ty btw fyi obviously ones i'd i'm love cg cgj hmm hmmm umm um uh
folks guys everyone y'all apologies touch network pulled pull pulls table involved involve grand
touched touching touches
made make makes making persons participated participate featured diplomatic
yo sooo soo lowkey ngl kinda u ur pls plz
`
    .split(/\s+/)
    .filter((w) => w.length > 0),
)

// Japanese pieces, by script. A run of hiragana is grammar when it splits wholly into these (particles,
// endings, politeness); a run of kanji or katakana is neutral when it splits wholly into the nouns and stems
// below. Negations (ない, ません, なかった) and restrictions (以外, 除く, 以降, から after one date) are not here.
const JA_HIRAGANA = [
  'の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', 'や', 'か', 'な', 'ね', 'よ', 'わ', 'って', 'など', 'ほど',
  'では', 'には', 'での', 'への', 'とも', 'にて', 'における', 'において', 'について', 'に関する', 'による', 'によって', 'として',
  // endings of 減る / 増える after their stem was read (何％減りましたか, 何件増えましたか)
  'りました', 'りましたか', 'りますか', 'えました', 'えましたか', 'えますか',
  'です', 'でした', 'ですか', 'でしたか', 'でしょうか', 'でしょう', 'だった', 'だ', 'ます', 'ました', 'ますか', 'ましたか',
  'ください', 'くださ', 'ちょうだい', 'おねがい', 'します', 'しました', 'して', 'した', 'する', 'しています', 'していますか',
  'される', 'された', 'されて', 'されました', 'されましたか', 'されています', 'いる', 'いた', 'います', 'いました', 'いますか',
  'いましたか', 'ある', 'あった', 'あります', 'ありました', 'ありますか', 'ありましたか', 'あったか', 'なる', 'なった',
  'なります', 'なりました', 'なりますか', 'なっていますか', 'いくつ', 'いくら', 'どれ', 'どれくらい', 'どれぐらい', 'どのくらい', 'どれだけ',
  'どのぐらい', 'どの', 'どこ', 'どちら', 'なんけん', 'なに', 'なん', 'おしえて', 'みせて', 'たい', 'ほしい', 'いただけますか', 'いただけますでしょうか',
  'いただきたい', 'いただけ', 'もらえますか', 'ったか', 'った', 'って', 'われた', 'われました', 'いました', 'えて', 'せて',
  'ぜんぶ', 'すべて', 'ぜんたい', 'まとめて', 'み', 'または', 'もしくは', 'あわせて', 'それぞれ', 'ごと', 'ずつ', 'たち',
  'こと', 'もの', 'ところ', 'ちなみに', 'ところで', 'あの', 'その', 'この', 'え', 'ええと', 'えっと', 'ちょっと',
  'どうなってる', 'どうなっている', 'どうなってますか', 'どうなっていますか', 'なってる',
  'て', 'た', 'てください', 'かけて', 'にかけて', 'お', 'いします', 'いいたします', 'したい', 'でき', 'どう', 'どうですか', 'どうでしたか', 'うち', 'のうち',
  // まだ実施していない (not yet), ワイオミング州を対象にした事業 (the events of a state)
  'まだ', 'にした', 'とした',
  // 知りたい, 知りたいのですが (知 is a stem below)
  'りたい', 'りたいです', 'りたいのですが', 'のですが', 'んですが',
  // 何件やったっけ, 1,000名超かつオンライン
  'やった', 'やったっけ', 'っけ', 'かつ', 'いま', 'ここまで',
  // the bureau's formal requests and questions (ご教示ください, お示しください, お知らせください, いかがでしょうか,
  // ございますか, 確認させてください) and casual endings (くらい, してる, でしたっけ)
  'ご', 'いかが', 'いかがでしょうか', 'いかがでしたか', 'いかがでしたでしょうか', 'でしょうか', 'ございます', 'ございますか',
  'ございましたか', 'ございますでしょうか', 'ございましたでしょうか', 'させてください', 'させていただけますか',
  'させていただけますでしょうか', 'させて', 'いただけますか', 'いただきたく', 'いただければ', 'くださいませ', 'しください',
  'しいただけますか', 'らせください', 'らせいただけますか', 'くらい', 'ぐらい', 'してる', 'してるの', 'やってる', 'きてる', 'てる',
  'でしたっけ', 'んでしたっけ', 'んだっけ', 'だっけ', 'なの', 'かな', 'のか', 'んですか', 'んでしょうか', 'ますでしょうか',
  'おねがいいたします', 'いたします', 'たいです', 'たく', 'ちなみ', 'につきまして', 'につきましては',
  // いかほどでしょうか (how much), いずれでしょうか (which of them: いずれも, "both", is read by its own recogniser)
  'いかほど', 'いかほどでしょうか', 'いずれでしょうか', 'いずれですか', 'しいただけますでしょうか', 'だいたい', 'おおよそ', 'およそ',
  // 出せる？, 出せます？, またがってる, …につき
  'せる', 'せます', 'せますか', 'る', 'につき',
  // 挙げてください (挙 is a stem below), おります (formal いる), ご教示いただけますと幸いです
  'げて', 'げてください', 'おります', 'おりますか', 'おりますでしょうか', 'しております', 'しておりますでしょうか', 'おりました',
  'でしたでしょうか', 'いただけますと', 'いただけると',
  // におきまして (= において), でございましょうか, ございましたでしょうか, ざっくり (roughly), いずれの (which)
  'におきまして', 'におきましては', 'でございましょうか', 'ございましょうか', 'ございましたでしょうか', 'ざっくり', 'いずれの',
  'はいずれでございましょうか', 'いずれでございましょうか', 'もらえますか', 'もらえますでしょうか',
  // したく存じます, させていただきたく存じます
  'じます', 'じております', 'したく', 'させていただきたく', 'いただきたく',
]
const JA_NOUNS = [
  '何', '教', '知', '見', '願', '頂', '下', '実施', '開催', '行', '主催', '実行', '展開', '状況', '結果', '概要', '全体', '総計',
  '総数', '全部', '全', '全て', '数値', '数字', '集計', '表示', '確認', '記録', '現在', '時点', '日米', '米国', 'アメリカ',
  '全米', '我々', '私', '当方', 'タスクフォース', '活動', '別', '毎', '各', '計', '等', '今', '現状', '報告', 'ごと', '合わせ',
  '全期間', '一覧表', '関', '関連', '関係', '開', '済み', '済', '実績', '成果', '出', '登録', '内', '対象',
  // ご教示, お示し, 程度 (くらい), 来て (来てる: came)
  '教示', '示', '程度', '来', '願い',
  // 整理していただけますか (arrange, as a table), テーマが付いた (tagged), おしえてー (a drawn-out vowel)
  '整理', '付', 'ー', '現時点',
  // 挙げて (list), 算出 (work out), 令和3年度分 (the portion for a year), 円 of 何円 (an amount is read by its own reader)
  '挙', '算出', '分', '円',
  // 費用記録のある事業に限った (limited to: the filter is read by its own reader), データで確認
  '限', '限定', 'データ',
  // 改めてご教示 (again), 全期間を通じた (throughout)
  '改',
  // 確認したく存じます (I should like to), 日系企業支援に該当する事業 (that fall under), 初実施の州 数 (number: bare keywords)
  '存', '該当', '数',
]

/**
 * Whole phrases about the asker, not the events, read as nothing: a newcomer's apology, what the figure is for,
 * a courtesy, and a restatement of how the answer counts (the README's rules: an event with no end date is one
 * day, an event without a theme counts 0, a median cost over the events with a cost) or of its precision (one
 * decimal, as averages, shares and deviations are given). Anything else stays to be read or named.
 */
export const CHATTER = new RegExp(
  [
    String.raw`(?<![a-z])(?:i'?m|i am) new (?:on|to|in) (?:the )?team(?![a-z])`,
    String.raw`(?<![a-z])sorry (?:if|in case) this is (?:a |an |kind of )?(?:basic|dumb|silly|stupid|obvious|newbie|simple)(?: question| one| q)?(?![a-z])`,
    String.raw`(?<![a-z])sorry for the (?:weird|dumb|basic|silly|long|odd|stupid|newbie) (?:q|question|one|ask)(?![a-z])`,
    String.raw`(?<![a-z])(?:i )?need (?:it|this|these|the (?:number|figure|figures|numbers)) for (?:a|the|my|our|tomorrow'?s|today'?s) (?:slide|deck|report|presentation|meeting|briefing|memo|email|brief)(?![a-z])`,
    String.raw`(?<![a-z])(?:i )?(?:want|need|would like|'d like|hope) to (?:mention|use|cite|quote|include|put|show|highlight) (?:it|this|that|them|these|those) in (?:the|my|our|a|an|tomorrow'?s) (?:intro|introduction|opening|slide|slides|deck|report|memo|email|speech|remarks|briefing|presentation)(?![a-z])`,
    String.raw`(?<![a-z])(?:just )?for fun(?![a-z])|(?<![a-z])just (?:wondering|curious|checking)(?![a-z])`,
    String.raw`(?<![a-z])(?:quick|simple|easy|dumb|basic)(?: \(hopefully\))? (?:one|q|question)(?![a-z])|(?<![a-z])sorry if i(?:'?ve| have) got the (?:office |state |city )?names? wrong(?![a-z])|(?<![a-z])(?:sorry,? )?(?:i know )?(?:it'?s|it is|this is) a lot to ask(?![a-z])|,?\s*as a table(?![a-z])`,
    // a US partner introducing themselves ("Ohio Development Services Agency here.", "Greetings from Georgia's Department of
    // Economic Development -"): about the asker, its place names never a filter
    String.raw`(?:^|(?<=[.!?]\s))(?:hi|hello|hey)?[,!]?\s*(?:this is\s+)?(?:the\s+)?[a-z][a-z.'’ -]{2,80}?\s(?:department|dept\.?|office|agency|corporation|corp\.?|commission|council|chamber|bureau|authority|partnership|association|ministry|division)(?:\s+of\s+[a-z][a-z ]{2,40}?)?\s+here\s*[.!,:—–-]|(?<![a-z])greetings from\s+[a-z][a-z.'’ -]{2,80}?(?:department|dept\.?|office|agency|corporation|commission|council|chamber|bureau|authority|partnership|association)(?:\s+of\s+[a-z][a-z ]{2,40}?)?\s*[.!,:—–-]|(?<![a-z])i work (?:at|for|in) (?:the\s+)?[a-z][a-z.'’ -]{2,80}?(?:department|dept\.?|office|agency|corporation|commission|council|chamber|bureau|authority|partnership|association)(?:\s+of\s+[a-z][a-z ]{2,40}?)?\s*[.!,:—–-]|(?<![a-z])we'?re comparing notes with\s+[a-z][a-z.'’ -]{2,60}?(?:office|agency|department|team)\s*[.!,:—–-]`,
    String.raw`(?<![a-z])(?:i'?m |i am )?cleaning up (?:the|our) data(?![a-z])|(?<![a-z])(?:roughly )?how busy (?:are|were) we(?![a-z])|(?<![a-z])(?:i )?just want(?:ed)? to know which one (?:it was|that was|it is)(?![a-z])`,
    // "(among states that had events)": a ranking ranks the groups with an event (README), as said
    String.raw`\(\s*among (?:the )?(?:states|offices|regions|themes|cities) (?:that had|that have|with) (?:an? |any |at least one )?events?\s*\)`,
    // "I'm new and putting together a slide for tomorrow": taken before "together" is read as a sum of periods
    String.raw`(?<![a-z])(?:i'?m|i am) (?:new and )?(?:putting together|preparing|drafting|making) (?:a|an|the|my|our)(?: [a-z-]+){0,2} (?:slide|deck|report|memo|briefing|presentation)(?: (?:for|on) (?:tomorrow|today|next week))?(?![a-z])`,
    // "sorry, quarterly report stuff": what the figure is for, taken before "quarterly" is read as a breakdown
    String.raw`(?<![a-z])(?:(?:quarterly|annual|monthly|weekly|the|our|my) )?(?:report|reporting) stuff(?![a-z])`,
    String.raw`(?<![a-z])is there a way to (?:see|get|find out|know|check)(?![a-z])`,
    String.raw`(?<![a-z])in yen(?![a-z])|\(\s*max(?:imum)? minus min(?:imum)?\s*\)|\(\s*(?:by\s+)?(?:the\s+)?start(?:ing)? date\s*\)|\(\s*sat(?:urday)?\s*\/\s*sun(?:day)?(?:\s+start)?\s*\)|\(\s*q1\s*=\s*apr(?:il)?\s*[-–~]\s*jun(?:e)?(?:\s+right)?\s*\??\s*\)`,
    String.raw`\(\s*no end date\s*=\s*1 day\s*\)|\(\s*events without a theme counts?(?: as)? 0\s*\)|\(\s*(?:only\s+)?(?:events\s+)?with a (?:recorded\s+)?cost(?: recorded)?(?:\s+only)?\s*\)`,
    String.raw`(?:,\s*)?(?<![a-z])(?:to|in|with|at)?\s*one decimal(?: place)?(?: please| pls)?(?![a-z])|[（(]\s*小数(?:点)?(?:以下)?第?\s*1\s*位(?:まで)?\s*[）)]`,
    // restatements of how the answer counts or what it covers: "only the first place is ok", "without DC, because
    // DC is not a state", "(DC not counted as a state)", "since the records start", "in all the years",
    // "which one was", "the average of participants for one event", 'a "big events" figure'
    String.raw`(?<![a-z])only the (?:first|top) (?:place|one) is (?:ok|okay|fine|enough)(?![a-z])|(?:,\s*)?(?<![a-z])without dc,? (?:because|since|as) dc is not a state(?![a-z])|\(\s*dc (?:is )?not (?:counted|included) as a state\.?\s*\)|(?<![a-z])since (?:the )?records? (?:start|started|began|begin)(?![a-z])|(?<!(?:\d{4}|fy\s?\d{2}|fiscal year|january|february|march|april|may|june|july|august|september|october|november|december|month).*)(?:,\s*)?(?<![a-z])in all (?:the )?years(?: we have)?(?=\s*[?.!]*\s*$)|(?<=which )one(?= (?:was|is|were)(?![a-z]))|(?<=(?:average|avg|mean)(?![a-z]).*)(?<![a-z])(?:for|per|of) one event(?![a-z])|(?<![a-z])an? ["“][^"”]{1,30}["”] (?:figure|number|stat)(?![a-z])|(?<=(?:which|what) (?:cities|states|offices|regions)(?![a-z]).*)(?<![a-z])(?:and )?how many (?:for )?each one(?![a-z])`,
    // （記録のある年度のみで可）, "I want to show the road to 50", "I mean the two together, one number"
    String.raw`[（(]\s*記録のある(?:年度|事業|もの|月)(?:のみ|だけ)で(?:可|結構です|構いません|大丈夫です)\s*[)）]|(?:[—–-]\s*|,\s*)?(?<![a-z])i want to show (?:the )?(?:road|path|journey|progress|march) to (?:all )?50(?: states)?(?![a-z])|(?<![a-z])i mean (?:the two|both of them|both) (?:together|combined),? (?:as )?one number(?![a-z])`,
    // restatements of the README's rules (an inclusive range, each event counted once in a total, DC not a state,
    // ties shown, a median of an even count, fiscal quarters, DC counted as one state in a state count per event)
    String.raw`(?<=(?:through|thru|to|until|till|and|[–~-])\s*(?:fy\s?)?[\d,]{1,9}\s*[\])]?)(?:\s*,)?\s*\(?\s*(?<![a-z])(?:both ends |all )?inclusive(?: (?:at|of) both ends)?\s*\)?(?![a-z])|(?:,\s*)?(?<![a-z])each event counted (?:exactly )?once(?: regardless of how many states it touches)?(?![a-z])|(?<![a-z])an event that (?:hit|touched|touches|hits) (?:two|several|more than one) of them counts once(?![a-z])|(?:\.\s*|,\s*|\(\s*)?(?<![a-z])(?:dc is not a state|leave dc out|(?:with )?dc (?:excluded|left out)|excluding dc)\.?\s*\)?(?![a-z])|[—–-]\s*the 50 only,? dc excluded\s*[—–-]|[（(]\s*dcは州に含め(?:ない|ず)\s*[)）]|[;,]?\s*(?<![a-z])(?:if (?:the )?\d+(?:st|nd|rd|th) place is tied,? include every tied (?:office|state|one|group)s?|report all ties|ties (?:included|shown))(?![a-z])|[（(]\s*同数は(?:全部|すべて|全て)(?:含めて|出して)?\s*[)）]|\(\s*for (?:an )?even n,? the mean of the two middle values\s*\)|\(\s*q1\s*=\s*apr\s*[–-]\s*jun,?\s*(?:…|\.\.\.)?,?\s*q4\s*=\s*jan\s*[–-]\s*mar\s*\)|\(\s*dc counted as one state,? as stored\s*\)`,
    // greetings and thanks before a question ("Hiya!", "Cheers for the help earlier!", "Remind me,"), what the asker is
    // planning ("Planning the holiday calendar :)"), "i.e. largest minus smallest" after a range (its restatement)
    String.raw`(?:^|(?<=[.!?]\s*))(?:hiya|hey there|hi there|howdy|morning|good morning|afternoon|good afternoon|cheers(?: for the help(?: earlier)?)?|thanks for the help(?: earlier)?|thanks again)\s*[!,.]+|(?<![a-z])remind me[,:]?(?![a-z])|(?:[.!?]\s*|^)(?:i'?m |we'?re )?planning (?:the|our|a|my)(?: [a-z-]+){0,2} (?:calendar|schedule|programme|program|season)(?: :\)| :-\))?\s*$|(?<=range(?![a-z]).*),?\s*(?:i\.?e\.?,?|that is,?)\s*(?:the\s+)?(?:largest|max(?:imum)?|highest)\s+minus\s+(?:the\s+)?(?:smallest|min(?:imum)?|lowest)(?![a-z])|(?<=(?:came|come|coming|walked|walk) through )the doors?(?![a-z])`,
    // partners that "show up in our records" are those named; "which weekday do events start on": a weekday is the
    // start date's (README)
    String.raw`(?<=partner[a-z ]{0,20}?\s)(?:show|shows|showed|turn|turns|turned) up in (?:our|the) (?:records|data)(?![a-z])|(?<=(?:weekday|day of (?:the )?week)(?![a-z]).*)(?<![a-z])(?:start|starts|started|begin|begins|began)(?: on)?(?=\s*[?.!]*\s*$)`,
    // slang and asides: "no shade", "bet it's California", "like all time", "like ever"
    String.raw`(?<![a-z])by the way(?![a-z])|(?<![a-z])no shade(?![a-z])|(?<![a-z])bet it'?s [a-z]+(?: [a-z]+)?(?=\s*(?:[^a-z\s]|$))|(?<![a-z])like (?=all time|ever(?![a-z]))|(?<![a-z])lol(?![a-z])`,
    // 年次報告書に載せたいので, 〜の観点から, 並べてもらえますか, 表がほしいです, 全期間を通じた
    String.raw`(?:年次)?報告書に(?:載せ|掲載し|記載し)たいので|並べて(?:もらえますか|ください|いただけますか)|(?:表|一覧)がほしいです|(?<=全期間)を通じた`,
    // more restatements and asides: "(max − min)", "(2+ days)" beside multi-day, "(12 calendar months)", "(events without a
    // recorded cost excluded)", "over events with a cost recorded only", "which one" at the end, "showed up to stuff",
    // 件数だけ, 両年度 after two years, 比較した場合
    String.raw`\(\s*max(?:imum)?\s*[−–-]\s*min(?:imum)?\s*\)|(?<=multi-?day events?\s*)\(\s*2\s*\+?\s*days?(?: or more)?\s*\)|\(\s*12 (?:calendar )?months\s*\)|\(\s*events without a (?:recorded )?cost(?: recorded)? excluded\s*\)|,?\s*(?<![a-z])over (?:the )?events with a (?:recorded )?cost(?: recorded)?(?: only)?(?![a-z])|(?<![a-z])which one\s*\??\s*$|(?<=(?:people|ppl|persons|attendees|folks)\s)(?:showed|show|turned|turn) up(?: (?:to|at) (?:stuff|things|events|our events|our stuff))?(?![a-z])|(?<=(?:件数|参加者数|人数))だけ|(?<=年度.{0,30})両年度(?:の|とも)?|(?<=比較)した場合(?:の)?`,
    // "Only counting states that had at least one": a ranking ranks the groups with an event (README), as said
    String.raw`(?:[.,]\s*)?(?<![a-z])only counting (?:the )?(?:states|offices|regions|themes|cities) (?:that|which) (?:had|have) at least one(?: event)?(?![a-z])`,
    // a non-native courtesy or request: "can you help me please?", "my supervisor ask me"
    String.raw`(?<![a-z])(?:can|could) you (?:help|assist)(?: me| us)?(?: (?:please|with this))?(?![a-z])|(?<![a-z])(?:my|our) (?:boss|manager|director|supervisor|chief|head) (?:ask|asks|asked|want|wants|need|needs) (?:me|us)(?: to (?:know|find out|check))?(?![a-z])`,
    // the press office's words: what the figure is for ("the headline figure", "the hook of the release", "the
    // pandemic-year angle", "I'll do the rounding myself", "I'd love to be able to say 'all 50'")
    String.raw`(?<![a-z])(?:that'?s|this is|it'?s|it is) (?:the|our|my) (?:headline|key|main|lead) (?:figure|number|stat|statistic)(?![a-z])|(?<![a-z])(?:the |a )?headline (?:figure|number|stat)s?(?: for)?(?![a-z])|(?<![a-z])(?:it'?s|it is|this is|that'?s) the hook(?: (?:of|for) the (?:release|story|piece|article))?(?![a-z])|(?<![a-z])the [a-z]+(?:-[a-z]+)* angle(?![a-z])|(?<![a-z])i'?(?:ll| will) do the rounding(?: myself)?(?![a-z])|(?<![a-z])i'?d (?:love|like) to (?:be able to )?(?:say|claim|write)(?: ['"“‘][^'"”’]{1,30}['"”’])?(?![a-z])|(?<![a-z])another (?:stat|statistic|figure|number) for the (?:release|story|piece|article|deck|report)(?![a-z])|(?<![a-z])so (?:that )?i can (?:feature|use|quote|cite|include|mention|highlight) (?:them|it|this|these|those) in the (?:release|press release|story|piece|article|deck|report)(?![a-z])|(?<![a-z])i want to send (?:them|him|her) an? (?:kind |friendly |gentle )?reminder(?![a-z])|(?<![a-z])all told(?![a-z])|(?<=(?:fy|fiscal year)\s?\d{2,4}\s)alone(?![a-z])|(?<=(?:how many|how much)(?![a-z]).*)(?<![a-z])over the years(?![a-z])`,
    // 議員事務所より照会がございました, ご教示いただけますと幸いです, 費用記録のある事業ベースで結構です, 1万名以上の大規模な事業
    // 年度ごとのオンライン比率を一覧でください: a breakdown's figures as a table, not a list of events
    String.raw`(?<=(?:ごと|別|毎)[^。？?]{0,30}(?:比率|割合|件数|参加者数|人数|シェア)[^。？?]{0,12}?)一覧(?:表)?(?:で|に(?:して)?)(?=\s*(?:ください|お願い|示|お示し|教え|出し|いただ|ほしい|欲しい))`,
    String.raw`議員(?:事務所)?(?:より|から)(?:の)?(?:照会|問い合わせ|問合せ|依頼)(?:が|を)?(?:ございました|ありました|受けました|いただきました)?|(?:いただけますと|いただけると|いただければ)?幸いです|(?:ベース|基準)?で結構です|で構いません|でも構いません|(?<=(?:名|人)以上の)大規模な?`,
    String.raw`(?:資料|報告|会議|スライド)(?:作成)?(?:用|のため|に使いたいので|に使うので)(?:に|なので|です)?|念のため|恐れ入りますが|恐縮ですが|お手数ですが|お疲れ様です|お忙しいところ(?:恐縮ですが|すみません(?:が)?)?|すみません(?:が)?`,
  ].join('|'),
  'g',
)

/**
 * A request for the figure's precision: "two decimals", "rounded to 2 decimal places", "to one decimal", 小数第2位まで,
 * 小数点以下2桁. Group 1 (English) or 2 (Japanese) is the number of decimals, as written. Taken before any reader, so its
 * number is never a count; the answer gives its figures as it always does (one decimal for averages and shares, two
 * for a ratio of two counts) and says so when more were asked (index.ts).
 */
export const PRECISION = new RegExp(
  [
    String.raw`(?:[,;]\s*)?(?<![a-z])(?:(?:rounded|round(?:ing)?|given|shown|expressed|reported|give it|as a percentage)\s+)?(?:(?:to|in|with|at)\s+)?(?:the\s+)?(two|three|2|3|one|1)\s*(?:decimals?(?: places?| digits?| points?)?|dp)(?: please| pls)?(?![a-z])`,
    String.raw`[（(]?\s*小数(?:点)?(?:以下)?第?\s*([1-3])\s*(?:位|桁)(?:まで)?(?:で|の表示で|でお願いします)?\s*[）)]?`,
  ].join('|'),
  'g',
)

/**
 * Asides about the asker, read after every recogniser on what is left: what the figure is for ("for a map slide",
 * "it's for the annual report", スライドに使いたくて), who asked ("my manager wants the list"), an apology or a hedge
 * ("sorry if that's vague", "not sure how to ask this, but", 新人なので初歩的な質問ですが). Words are joined by single
 * spaces only, so a word a recogniser read (blanked to spaces) breaks the aside: an aside holds no word of a
 * condition. Taken after reading, they are never a filter; anything else stays to be named.
 */
export const ASIDES = new RegExp(
  [
    // what the figure is for
    String.raw`(?<![a-z])(?:(?:it'?s|this is|that'?s|i need (?:it|this|them|a big number|the (?:number|figure|list|numbers))|need (?:it|this)) )?for (?:a|an|the|my|our|tomorrow'?s|today'?s|next week'?s|this week'?s)(?: [a-z-]+){0,2} (?:slide|slides|deck|report|newsletter|briefing|tracker|memo|presentation|meeting|email|brief|dashboard|talk|speech|handout|notes|handover|update|status update|chart|graph|infographic|press release|release|piece|article|story|post|brochure)(?: (?:in|of|for) (?:the|my|our) (?:release|press release|supervisor|manager|boss|director|report|deck))?(?: tomorrow| today| next week)?(?![a-z])`,
    String.raw`(?<![a-z])(?:i'?m|i am) (?:new and )?(?:updating|putting together|preparing|writing|drafting|making) (?:a|an|the|my|our)(?: [a-z-]+){0,2} (?:tracker|slide|deck|report|memo|briefing|newsletter|presentation|spreadsheet)(?: (?:for|on) (?:tomorrow|today|next week|monday|tuesday|wednesday|thursday|friday))?(?![a-z])`,
    // what the asker is doing: "trying to see how late people log things", "I want to flag the gap"
    String.raw`(?<![a-z])(?:i'?m |i am |just )?trying to (?:see|understand|figure out|get a sense of|spot|find out|gauge|check)(?: (?:how|what|whether|if|why)(?: [a-z'’]+){0,5}| (?:the |any )?gaps?)?(?![a-z])`,
    // "participants by fiscal year but only for in-person events": "but only" before a filter read (its words blanked)
    String.raw`(?<![a-z])but only(?: for| in)?(?= {3,})`,
    String.raw`(?<![a-z])i (?:want|need|'d like) to (?:flag|spot|check|find|fill) (?:the|a|any|those|these) gaps?(?![a-z])`,
    // who asked, and the asker being new
    // (the verb may have been read already: "my manager wants the list", its "wants the list" a list's words)
    String.raw`(?<![a-z])(?:my|our) (?:boss|manager|director|supervisor|team lead|lead|head)(?: (?:asked|wants|needs|requested|asked for|said)(?: (?:it|this|the list|the number|the figure|for it|for this|me))?(?![a-z])|(?= {4,}))`,
    String.raw`(?<![a-z])(?:i'?m|i am) new(?: here| on the team| to the team| to this| to the [a-z]+ side)?(?: :\))?(?![a-z])|(?<![a-z])(?:i'?m |i am )?still learning(?: the (?:terms|offices|ropes|acronyms|data|system|history))?(?: here)?(?![a-z])`,
    String.raw`(?<![a-z])i (?:only |just )?joined (?:last week|last month|this week|this month|recently|yesterday)(?![a-z])|(?<![a-z])(?:writing|speaking|asking)? ?from the (?:us|u\.s\.|american|japanese|japan|tokyo|dc) side(?![a-z])`,
    // apologies and hedges
    String.raw`(?<![a-z])(?:sorry|apologies) (?:if|in case) (?:that'?s|this is|it'?s|i'?m)(?: [a-z'’]+){0,5}?(?: (?:vague|obvious|basic|unclear|confusing|dumb|silly|odd|weird|random|the wrong terms|wrong terms|the wrong words|the wrong (?:channel|place|thread)|wrong (?:channel|place|thread)))(?:,? but)?(?![a-z])`,
    String.raw`(?<![a-z])(?:(?:sorry|apologies),? )?(?:this|it) (?:might|may|could) be a (?:silly|dumb|basic|stupid|naive|obvious) question(?:,? but)?(?![a-z])|(?<![a-z])(?:from )?the new (?:guy|girl|person|hire|kid|staffer)(?![a-z])`,
    String.raw`(?<![a-z])(?:sorry|apologies) (?:to bother(?: you)?|to ask again|for (?:all )?the (?:questions|many questions|bother|odd question)|again|in advance)(?![a-z])|(?<![a-z])(?:so )?apologies in advance(?![a-z])`,
    String.raw`(?<![a-z])not sure how to (?:ask|phrase|word|put) (?:this|it)(?:,? but)?(?![a-z])|(?<![a-z])(?:i know )?it'?s (?:oddly|a bit|kind of|very|a little) (?:specific|random|odd|weird)(?![a-z])`,
    String.raw`(?<![a-z])(?:random|odd|newbie|silly|dumb|basic) (?:one|question|q)(?![a-z])|(?<![a-z])hi again(?![a-z])|(?<![a-z])negatives confuse me(?![a-z])|(?<![a-z])is (?:that|this) possible(?![a-z])|(?<![a-z])could you pull (?:them|it|that|those)(?![a-z])`,
    // Japanese: what it is for, the asker being new, courtesy
    String.raw`(?:スライド|資料|報告書|会議|説明)(?:に|で)使いたくて|報告書の締切が近くて[…。．.]*|新人なので|初歩的な質問(?:で(?:すみません|すが|恐縮ですが)|ですが|ですみません)?|資料作成中です|助かります[…！!。]*|恐れ入ります(?:が)?|(?:って)?どんな感じ(?:ですか)?`,
  ].join('|'),
  'g',
)

const JA_HIRAGANA_SET = new Set(JA_HIRAGANA)
const JA_NOUN_SET = new Set(JA_NOUNS)
const LONGEST_JA = Math.max(...[...JA_HIRAGANA, ...JA_NOUNS].map((w) => w.length))

/** Whether `run` splits wholly into words of `set` (shortest number of pieces not needed: any split). */
function splitsInto(run: string, set: ReadonlySet<string>): boolean {
  // reachable[i]: run[0, i) splits wholly; runs are short (a question is at most 1000 characters)
  const reachable = new Array<boolean>(run.length + 1).fill(false)
  reachable[0] = true
  for (let i = 0; i < run.length; i++) {
    if (!reachable[i]) continue
    for (let len = 1; len <= LONGEST_JA && i + len <= run.length; len++) {
      if (set.has(run.slice(i, i + len))) reachable[i + len] = true
    }
  }
  return reachable[run.length] === true
}

// Tokens of the unused text: Latin words and numbers (with inner hyphens, dots, apostrophes), and runs of
// one Japanese script.
const TOKEN = /[a-z0-9](?:[a-z0-9'.\-]*[a-z0-9])?|[\u30a0-\u30fa\u30fc-\u30ffー]+|[\u3400-\u9fff々〆ヶ]+|[\u3040-\u309f]+|[\p{L}\p{N}]+/gu
const PARTICLES = new Set(['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', 'や'])
const HIRAGANA = /^[\u3040-\u309f]+$/u
const KANJI_OR_KATAKANA = /^[\u30a0-\u30ff\u3400-\u9fff々〆ヶー]+$/u
const LATIN = /^[a-z0-9'.\-]+$/

// A negation is never grammar, however its kana would split (な + か + った).
const KANA_NEGATION = /ない|なかっ|なく|なし|ません|ねば/u

/** Whether an unused token is a function word (so it changes nothing). */
function isFunctionToken(token: string): boolean {
  if (LATIN.test(token)) return EN_FUNCTION.has(token.replace(/'s$|'$/, ''))
  if (HIRAGANA.test(token)) return !KANA_NEGATION.test(token) && splitsInto(token, JA_HIRAGANA_SET)
  if (KANJI_OR_KATAKANA.test(token)) return splitsInto(token, JA_NOUN_SET)
  return false
}

/**
 * The content words of the unused text, as spans of the scanned text: each a run of content tokens with
 * nothing but spaces between them ("60 days", 「1か月」 joined through a grammar piece between two content
 * pieces), in the order of the question.
 */
export function unusedSpans(scan: Scan): Span[] {
  const text = scan.lower
  const tokens: { start: number; end: number; content: boolean }[] = []
  // a function word after "by" is a breakdown no reader took ("events by time", "by CG"): named, never dropped
  const afterBy = [...text.matchAll(/(?<![a-z])by (?!(?:the|a|an|our|my|your|their|its|each|every|all|any|both|this|that|these|those|us|me|them|it|far|way)(?![a-z]))([a-z]+)(?![a-z])/g)].map((m) => m.index + m[0].length - (m[1] ?? '').length)
  for (const m of text.matchAll(TOKEN)) tokens.push({ start: m.index, end: m.index + m[0].length, content: afterBy.includes(m.index) || !isFunctionToken(m[0]) })
  const spans: Span[] = []
  let open: Span | undefined
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    if (!t.content) {
      // a kana glued between two content pieces stays inside the word (「1か月」), a particle does not
      const next = tokens[i + 1]
      const piece = text.slice(t.start, t.end)
      if (open && open.end === t.start && next?.content && next.start === t.end && /^[\u3040-\u309f]$/u.test(piece) && !PARTICLES.has(piece)) open.end = t.end
      continue
    }
    if (open && /^ ?$/.test(text.slice(open.end, t.start))) open.end = t.end
    else {
      if (open) spans.push(open)
      open = { start: t.start, end: t.end }
    }
  }
  if (open) spans.push(open)
  return spans
}

// ---------------------------------------------------------------------------------------------------------
// Context clauses: why the figure is wanted or who asked, in a clause of its own that ends in a marker of reason
// or purpose (…の観点から, …とするため, …いたしますので, 議員の地元が…でございまして, …に関心をお持ちです。) or,
// in English, a clause of when or for whom ("before my call with the consul general", "asking for a press
// release"). The clause is the asker's, not a condition: its unread words are dropped, taken after every recogniser.
// Three guards keep a condition from being dropped with it: the clause holds no negation, limit, threshold or
// number (ない, 除く, 以外, のみ, 以上, まで, 最…, digits: "not", "only", "since"…); every word a recogniser read
// inside it is written again outside it (議員の地元がオハイオ州でございまして、オハイオ州での件数 — a place named only in
// the clause would otherwise be counted or dropped on a guess); and the rest of the question does not point back
// to it (その, 同州, 当該, "they", "there", "that office").
const JA_CONTEXT_MARKER = [
  String.raw`(?:する|した|との|の)?観点から`,
  String.raw`(?:とする|にする|する|した|の)ため(?:に|です)?`,
  String.raw`(?:いたします|いたしております|しております|ております|おります|します|しています|です|でございます|ございます|あります|ある|したい|いたしたい|たい|な)ので`,
  String.raw`(?:で|に|が)ございまして|でして|でありまして`,
  String.raw`にあたり(?:まして)?|に際し(?:まして|て)?|に先立ち`,
  String.raw`(?:を)?お持ちです(?=。)|(?:を)?お持ちでございます(?=。)`,
  // a sentence of its own saying what the figure becomes: 報告書の地図に添える表にします。
  String.raw`(?:に|と)(?:します|いたします|する予定です|使います|使用します|いたす予定です)(?=。)`,
].join('|')
const JA_CONTEXT = new RegExp(String.raw`(?<=^|[、。，,！!？?]\s*)[^、。，,！!？?]{1,60}?(?:${JA_CONTEXT_MARKER})[、，,。]`, 'gu')
const EN_CONTEXT = new RegExp(
  [
    // "before my call with the consul general", "need it before the 3pm meeting"
    String.raw`(?<![a-z])(?:(?:i |we )?need (?:it|this|them|the (?:number|figure|numbers|figures)) before (?:my|our|the|a|tomorrow'?s|today'?s|this afternoon'?s)|(?:^|(?<=[.!?]\s*))(?:quick one |quick q )?before my)(?: [a-z'’-]+)? (?:call|meeting|briefing|interview|presentation|session|sync|catch-up)(?: (?:with|w/) (?:the |a |our |my )?[a-z][a-z .'’-]{0,40}?)?(?=\s*(?:[.!?:;,—–-]|$))`,
    // "asking for a press release", "asking because of the minister's speech"
    String.raw`(?<![a-z])(?:i'?m |we'?re )?asking (?:for|because of) (?:a|an|the|our|my)(?: [a-z'’-]+){0,2} (?:release|press release|report|briefing|memo|deck|slide|slides|speech|piece|article|newsletter|hearing|meeting)(?![a-z])`,
  ].join('|'),
  'g',
)
const CONTEXT_GUARD = /ない|なく|ず(?!っ)|除|以外|のみ|だけ|限|含|以上|以下|未満|超|以降|以前|まで|より|初め|初回|新規|平均|割合|比率|最|毎|[0-9０-９]|(?<![a-z])(?:not|no|only|except|excluding|without|outside|since|after|until|than|first|new|per|each|every|average|share|at least|more|less|fewer|over|under)(?![a-z])/u
const POINTS_BACK = /その|それ|同(?:州|市|都市|テーマ|公館|総領事館|館|期間|年度|分野|事業|地域|パートナー|団体)|当該|該当|上記|前述|こちら|(?<![a-z])(?:they|them|their|there|those|that (?:office|state|city|consulate|region|theme|partner))(?![a-z])/u

// The words a context clause may hold unread: the asker's documents, people, occasions and purposes — never a topic
// (日本語教育の観点から, 環境問題を扱う観点から, 大学生向けでございまして keep their words to be named).
const CONTEXT_WORDS = new Set([
  '報告書', '報告', '資料', '記載', '整合性', '整合', '確認', '根拠', '国会', '答弁', '作成', '参考', '大臣', '副大臣', '政務官', 'レク', '議員',
  '事務所', '地元', '姉妹', '姉妹県', '姉妹都市', '県', '都市', '関係', '関心', '具体例', '具体', '例', '使用', '地図', '添', '表', '把握', '上司', '局長', '課長',
  '審議官', '説明', '会議', '打', '合', '提出', '照会', '問', '依頼', '質問', '準備', '予定', '明日', '来週', '今週', '本日', '先方', '正確', '数字', '数値',
  '図', 'グラフ', 'スライド', '年次', '掲載', '引用', '検討', '観点', '持', 'お', '影響', '状況', '全体像', '理解', '委員会', '会合', '会見', '記者',
  'call', 'meeting', 'briefing', 'interview', 'presentation', 'session', 'sync', 'catch-up', 'consul', 'general', 'cg', 'ambassador', 'minister',
  'boss', 'director', 'team', 'press', 'release', 'report', 'speech', 'memo', 'deck', 'slide', 'slides', 'piece', 'article', 'newsletter', 'asking', 'need',
  'quick', 'one', 'q', 'before', 'my', 'our', 'the', 'a', 'with', 'w', 'for', 'it', 'this', 'them', 'number', 'figure', 'numbers', 'figures', 'i', 'we',
  'tomorrow', "tomorrow's", 'today', "today's", 'afternoon', "afternoon's", 'because', 'of', 'an', 'hearing',
])
const CONTEXT_TOKEN = /[a-z][a-z'’-]*|[\u30a0-\u30fa\u30fc-\u30ffー]+|[\u3400-\u9fff々〆ヶ]+/gu

/** Whether every unread word of a clause (kanji and katakana runs, Latin words) splits into the asker's words. */
function unreadWordsAreContext(clause: string): boolean {
  for (const m of clause.matchAll(CONTEXT_TOKEN)) {
    const w = m[0]
    if (CONTEXT_WORDS.has(w) || isFunctionToken(w)) continue
    // a Latin word must be one of them; a Japanese run splits into them and the neutral nouns
    if (/^[a-z]/.test(w) || !splitsInto(w, CONTEXT_OR_NEUTRAL)) return false
  }
  return true
}
const CONTEXT_OR_NEUTRAL: ReadonlySet<string> = new Set([...CONTEXT_WORDS, ...JA_NOUNS])

/**
 * Takes the context clauses of a question (see above) once every recogniser has read it: each clause that passes
 * the three guards is consumed, so its unread words are never named. Returns the spans taken.
 */
export function takeContextClauses(scan: Scan): Span[] {
  const taken: Span[] = []
  for (const re of [JA_CONTEXT, EN_CONTEXT]) {
    scan.take(re, {
      accept: (m) => {
        const written = scan.text.slice(m.start, m.end)
        if (CONTEXT_GUARD.test(asciiLower(written))) return false
        const outside = scan.text.slice(0, m.start) + ' ' + scan.text.slice(m.end)
        if (POINTS_BACK.test(asciiLower(outside))) return false
        // something must be left to ask
        if (!/[\p{L}\p{N}]/u.test(scan.lower.slice(0, m.start) + scan.lower.slice(m.end))) return false
        // the clause's unread words are all the asker's (documents, people, purposes): a word of a topic may be a condition
        if (!unreadWordsAreContext(scan.lower.slice(m.start, m.end))) return false
        // every word read inside the clause is written again outside it
        for (const read of m.text.matchAll(/ +/g)) {
          const start = m.start + read.index
          const words = scan.text.slice(start, start + read[0].length).trim()
          if (words !== '' && !outside.includes(words)) return false
        }
        taken.push({ start: m.start, end: m.end })
        return true
      },
    })
  }
  return taken
}

// ---------------------------------------------------------------------------------------------------------
// A fiscal quarter or half glossed with its months in brackets (2022年度上半期（4月から9月まで）, "Q2 (Jul–Sep)",
// "H2 FY2021 (October to March)"): the gloss restates the part (Q1 = April–June … H2 = October–March, the
// fiscal year starting April 1) and is read as nothing when its months are the part's; other months stay to
// be named (a gloss that disagrees is no figure).
const MONTH_EN: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const PART_FIRST_LAST: Record<string, [number, number]> = { q1: [4, 6], q2: [7, 9], q3: [10, 12], q4: [1, 3], h1: [4, 9], h2: [10, 3] }
const MONTH_WORD = String.raw`(?:(\d{1,2})\s*月|(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?)`
const PART_GLOSS = new RegExp(
  String.raw`(第\s*[1-4１-４]\s*四半期|上半期|上期|下半期|下期|(?<![a-z])q[1-4](?![a-z0-9])|(?<![a-z])h[12](?![a-z0-9])|(?<![a-z])(?:first|second) half(?![a-z])|(?<![a-z])(?:first|second|third|fourth) quarter(?![a-z]))((?:\s*(?:of\s+)?(?:fy\s?\d{2,4}|\d{4}\s*年度|令和\s*\d{1,2}\s*年度))?)\s*[（(]\s*${MONTH_WORD}\s*(?:から|〜|~|-|–|—|to|through|thru)\s*${MONTH_WORD}\s*(?:まで)?\s*[)）]`,
  'gu',
)
const PART_NAMES: [RegExp, string][] = [
  [/第\s*[1１]|q1|first quarter/, 'q1'], [/第\s*[2２]|q2|second quarter/, 'q2'], [/第\s*[3３]|q3|third quarter/, 'q3'],
  [/第\s*[4４]|q4|fourth quarter/, 'q4'], [/上半期|上期|h1|first half/, 'h1'], [/下半期|下期|h2|second half/, 'h2'],
]

/**
 * Takes the bracketed month gloss after a fiscal quarter or half when its months are the part's (see above),
 * leaving the part and its year to the period readers. Returns the spans taken.
 */
export function takePartGlosses(scan: Scan): Span[] {
  const taken: Span[] = []
  const text = scan.lower
  for (const m of text.matchAll(PART_GLOSS)) {
    const part = PART_NAMES.find(([re]) => re.test(m[1] ?? ''))?.[1]
    const expected = part ? PART_FIRST_LAST[part] : undefined
    const month = (n?: string, w?: string) => (n !== undefined ? Number(n) : MONTH_EN[(w ?? '').slice(0, 3)])
    const first = month(m[3], m[4])
    const last = month(m[5], m[6])
    if (!expected || first !== expected[0] || last !== expected[1]) continue
    // a part after a bare year ("2022年第2四半期（7月〜9月）"): fiscal or calendar is asked back, and a calendar
    // reading would contradict the months written — the gloss stays to be named
    if (m[2] === '' && /(?<!\d)\d{4}\s*(?:年)?\s*(?:の)?\s*$/u.test(text.slice(0, m.index)) && !/年度\s*(?:の)?\s*$/u.test(text.slice(0, m.index))) continue
    const open = m[0].search(/[（(]/)
    const start = m.index + open
    const end = m.index + m[0].length
    scan.consume(start, end)
    taken.push({ start, end })
  }
  return taken
}
