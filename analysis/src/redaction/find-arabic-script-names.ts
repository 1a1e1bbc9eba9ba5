// Names in Arabic script (stories written in Arabic, issue 19): Arabic has no capitals, so only a list
// of given names and the words that announce a name ("ابني", "المعلمة", "السيد") find them.
import { isSpaceGap, type WordToken } from './tokenize-words.ts';
import type { Entity } from './types.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Common given names in Arabic script (Moroccan, Syrian, Iraqi, Egyptian, Somali and Sudanese families). */
const ARABIC_SCRIPT_NAMES = words(`
محمد أحمد احمد محمود مصطفى علي عمر عثمان يوسف ابراهيم إبراهيم اسماعيل إسماعيل خالد حسن حسين حمزة
عبدالله عبد الرحمن عبدالرحمن سعيد سعد سامي سمير كريم طارق ياسين أيوب ايوب أنس انس آدم ادم إلياس الياس
بلال جمال رشيد زكريا سليمان صالح عادل عماد فارس فيصل مالك ماهر مراد منير نبيل هشام وليد ياسر يحيى
رامي زياد باسل بشار جواد حسام رضا شادي عمار غسان قاسم لؤي مازن معاذ نزار هاني وائل
فاطمة عائشة مريم خديجة زينب سارة سلمى ليلى نور هدى هبة أمل امل أسماء اسماء إيمان ايمان حنان رانيا
سعاد سميرة سناء شيماء صفاء عبير غادة لبنى لينا منى نادية نجلاء هالة ياسمين دعاء رحمة رقية سلوى
آية اية جنى جود حلا دانة رهف ريم سدرة شهد لمى ملك ميار نادين هاجر يسرى بشرى كوثر وفاء
`);

/** Words after which the next word is a name: "ابني يوسف", "المعلمة فاطمة", "السيد خالد", "اسمه عمر". */
const ARABIC_CUES = words(`
ابني ابنتي ابنه ابنها ابننا ابنتنا أخي اختي أختي أخوه أخته ابن ابنة
معلمته معلمه معلمتي معلمي المعلم المعلمة الأستاذ الأستاذة الاستاذ الاستاذة المدير المديرة مدير مديرة
السيد السيدة اسمه اسمها صديقه صديقتها صديقي صديقتي
`);

/** Words with the article that follow a name but are no family name: "the school", "the Dutch". */
const NOT_FAMILY_NAMES = words(`المدرسة المجموعة الهولندية العربية الأسبوع الماضي المعلم المعلمة المدير`);

const ARABIC = /^[\u0600-\u06FF]+$/;

/** "و" (and) is written onto the next word: "وليلى" is "and Leila". */
function withoutConjunction(token: WordToken): { start: number; text: string } {
  if (token.text.startsWith('و') && ARABIC_SCRIPT_NAMES.has(token.text.slice(1)))
    return { start: token.start + 1, text: token.text.slice(1) };
  return { start: token.start, text: token.text };
}

/** Person names written in Arabic script, from the list or after a word that announces a name. */
export function findArabicScriptNames(tokens: readonly WordToken[]): Entity[] {
  const found: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!ARABIC.test(token.text)) continue;
    const bare = withoutConjunction(token);
    const afterCue = i > 0 && ARABIC_CUES.has(tokens[i - 1]!.text);
    if (!ARABIC_SCRIPT_NAMES.has(bare.text) && !(afterCue && !ARABIC_CUES.has(bare.text))) continue;
    let last = i;
    const next = tokens[i + 1];
    // "فاطمة الزهراء", "خالد العمري": a second given name or a family name with the article.
    if (next && isSpaceGap(next.gapBefore) && ARABIC.test(next.text)) {
      const family = next.text.startsWith('ال') && next.text.length > 3 && !NOT_FAMILY_NAMES.has(next.text);
      if (family || ARABIC_SCRIPT_NAMES.has(next.text)) last = i + 1;
    }
    found.push({ type: 'PERSON', start: bare.start, end: tokens[last]!.end });
    i = last;
  }
  return found;
}
