import type { Token } from '../normalise.js'
import type { Tag } from '../tags.js'

/**
 * Words that carry no condition of their own: question words, courtesy, "people" nouns, the
 * asker themself, follow-up cues, conjunctions. A word outside every vocabulary lowers the
 * parse's confidence; these are the words known to be harmless.
 */
const tag = (t: Tag, phrases: string): [string, Tag][] =>
  phrases.split('|').map((p) => [p.trim(), t])

const FILLER: Tag = { kind: 'filler' }

export const FILLER_PHRASES: readonly [string, Tag][] = [
  ...tag(
    FILLER,
    'có|là|của|ở|tại|trong|thuộc|các|những|hiện|hiện nay|hiện tại|hiện có|đang|được|cho|biết|' +
      'hãy|giúp|xin|vui lòng|cho tôi biết|cho biết|cho tôi|bao gồm|gồm|tổng cộng|gì|thì|mà|' +
      'về|này|đó|đây|ạ|nhé|vậy|nhỉ|ơi|bạn|em|hiện giờ|bây giờ|tính đến nay|đến nay|tính đến|' +
      'tất cả|toàn bộ|cả|toàn|tổng cộng là|người|hiện đang|có tổng|' +
      'với|đã|sẽ|hiện còn|còn đang|làm việc|công tác|đang làm|cơ quan|thuộc bộ|trực thuộc|' +
      'năm hiện tại|thống kê|báo cáo|cho mình|mình|tôi muốn biết|muốn biết|xem|tra cứu|tìm|' +
      'đồng thời|cùng|có được|là những|gồm có|hiện là|lần lượt|tương ứng|kèm|kèm theo|với nhau|' +
      'ghi rõ|nêu rõ|đương nhiệm|hiện đương nhiệm|nằm trong|along with|employs|employ|sitting|' +
      'vị trí|thông tin|chi tiết|cụ thể là|rồi|ra|lên|nhiều|ít|đông|tới|đến|từ|sau|trước|chứng chỉ|' +
      'đi nơi khác|nơi khác|cơ quan khác|danh hiệu|được tặng|tặng|kèm|đơn vị khác|đã qua|' +
      'thôi|khỏi|đi|hiện hành|hold|holds|held|their|with their|other agencies|from other agencies|' +
      'top|xếp|sắp xếp|lần lượt là|đạt được|have been|got|get|received|receive|bao giờ|khi nào|' +
      'lúc nào|làm|vào ngày nào|ngày nào|vào|qualification|qualifications|reach|reaches|reaching|' +
      'holder|holders|' +
      'the|a|an|of|in|at|for|is|are|was|were|do|does|there|have|has|had|please|me|tell|give|' +
      'what|how|currently|current|now|our|we|with|to|on|that|all|total|get|find|any|be|will|' +
      'would|as|from|into|within|during|under|whose|whom|did|been|being|it|its|this|these|still|' +
      'today|at present|right now|overall|altogether|including|included|i|can|you|know|want|' +
      'display|information|details|working at|work|works|employed|when|where|' +
      'give me|show me|tell me|let me know|thời điểm hiện tại|tính đến thời điểm hiện tại|' +
      'could you|could you tell me|could you please|i need|i need to know|i need the|' +
      "i'd like to know|i would like to know|i'd like|i would like|i want to know|" +
      'thời điểm này|hiện thời|đấy|không ạ|giữ|hưởng|đang hưởng|lượt|chiếm|vừa|vừa là|' +
      'giữ chức|đang giữ chức|among|trong số|were made|was made|issued|were issued|was issued|' +
      // "nhiệm kỳ của ông X hết khi nào": the term is named before; this only asks when.
      'hết khi nào|hết vào ngày nào|hết lúc nào|hết vào lúc nào|' +
      // "Tỷ lệ viên chức trên tổng số người": the whole a share is taken of.
      'trên tổng số|so với tổng số|trên tổng|out of the total|of the total|' +
      // "Cho mình hỏi …", "anh cho em xin …": the courtesy before an everyday question.
      'hỏi|cho hỏi|cho mình hỏi|cho tôi hỏi|cho em hỏi|cho em xin|cho mình xin|cho tôi xin|' +
      // "Anh/chị cho tôi biết …", "Nhờ em thống kê giúp …", "… để đưa vào báo cáo".
      'anh/chị|chị/anh|anh, chị|nhờ|nhờ em|nhờ anh|nhờ chị|nhờ bạn|tính giúp|tính hộ|giúp tôi|' +
      'giúp mình|giúp em|hộ tôi|tổng hợp|để đưa vào báo cáo|để báo cáo|phục vụ báo cáo|' +
      'như thế nào|có bằng|everyone|everybody|serve as|serves as|serving as|in office|' +
      'currently in office|across|across the whole|throughout|bằng hình thức|với hình thức|' +
      'ban hành|được ban hành|nhận|được nhận|too|as well|also|sang đơn vị khác|sang cơ quan khác|' +
      'sang nơi khác|for a management position|for management positions|' +
      'for a leadership position|for leadership positions|' +
      // "Cơ cấu nam nữ … ra sao?", "mới chỉ có trình độ sơ cấp", "số trường hợp đã từ trần".
      'ra sao|thế nào|mới chỉ có|chỉ mới có|mới chỉ|trường hợp|số trường hợp|together with|' +
      'include|including the|đạt mức|ở mức|' +
      // "On what date does X reach retirement age?", "when does X's term as Cục trưởng end?"
      'on what date|what date|which date|on which date|end|earned|earn|won|' +
      'cross-tab of|cross-tab|crosstab|cross tab of|ones|the ones|annual|' +
      'to leadership posts|leadership posts|been given|was given|were given|given|' +
      // "đã học chương trình QLNN chuyên viên chính", "bà X học chuyên ngành gì".
      'học|đã học|đã qua|đã hoàn thành|was named|were named|been named',
  ),
  ...tag(
    { kind: 'noun' },
    'người|cán bộ|nhân sự|cbccvc|cán bộ, công chức, viên chức|cán bộ công chức viên chức|' +
      'công chức, viên chức|nhân viên|người lao động trong biên chế|số người|số cán bộ|' +
      'people|staff|employees|persons|person|officials|official|personnel|members|employee|' +
      'holders|holder|folks|staff member|staff members|workforce|the workforce|' +
      'cán bộ, công chức|nhân lực|lực lượng|đội ngũ|đồng chí|số lượng cán bộ|số lượng người',
  ),
  // "Cán bộ, công chức, viên chức và người lao động" is the legal phrase for the whole workforce,
  // not the last category alone.
  ...tag(
    { kind: 'noun' },
    'công chức, viên chức, người lao động|công chức, viên chức và người lao động|' +
      'cán bộ, công chức, viên chức, người lao động|cán bộ, công chức, viên chức và người lao động|' +
      'cbccvc và người lao động|cbccvc, người lao động|cbccvc và nlđ',
  ),
  ...tag({ kind: 'self' }, 'tôi|của tôi|bản thân tôi|my|mine|i am|am i|me'),
  ...tag({ kind: 'honorific' }, 'ông|bà|anh|chị|đ/c|mr|mrs|ms|dr|đồng chí'),
  ...tag(
    { kind: 'followup', followup: 'refine' },
    'trong số đó|trong đó|trong số này|trong số họ|số đó|trong những người đó|của số đó|' +
      'of them|of those|among them|among those|of these|out of them|out of those|' +
      'những người này|những người đó|những người trên đây|những người nói trên|trong nhóm đó|in that group',
  ),
  // "Ai giữ chức vụ này lâu nhất?": the post of the answer just given, not any post.
  ...tag(
    { kind: 'followup', followup: 'refine' },
    'chức vụ này|giữ chức vụ này|chức danh này|giữ chức danh này|vị trí này|chức vụ đó|' +
      'giữ chức vụ đó|this post|this position|that post|that position',
  ),
  // "Chỉ", "only": narrowing an answer just given, or a word of a question of its own ("những
  // ai chỉ xếp loại hoàn thành nhiệm vụ", "Trưởng phòng who have only sơ cấp").
  ...tag({ kind: 'followup', followup: 'maybe' }, 'riêng|chỉ|only|just'),
  // "tính riêng nữ", "chỉ tính nữ": narrowing the answer just given, or this question's own.
  ...tag({ kind: 'followup', followup: 'maybe' }, 'tính riêng|chỉ tính|chỉ riêng'),
  ...tag(
    { kind: 'followup', followup: 'replace' },
    'thế còn|vậy còn|thì sao|thế nào|còn với|thế thì|what about|how about|and for|and at|and in|' +
      'same for|same question for|and what about|the same for|còn ở|còn tại|còn của|vậy thì',
  ),
  ...tag({ kind: 'followup', followup: 'maybe' }, 'còn|thế|vậy'),
  ...tag(
    { kind: 'followup', followup: 'person' },
    'ông ấy|bà ấy|anh ấy|chị ấy|người này|người đó|ông này|bà này|he|she|him|his|her',
  ),
  ...tag(
    { kind: 'home' },
    'cục|cục mình|cục ta|đơn vị mình|đơn vị tôi|đơn vị của tôi|cơ quan mình|vụ mình|viện mình|' +
      'trung tâm mình|trong cục|của cục|toàn cục|my agency|our agency|my unit|our unit|' +
      'my staff|of my staff|my employees|my people|my team|my office|my organisation|' +
      'our staff|our department|my department|our people|in my agency|in our agency|our|' +
      "our agency's|my agency's|our unit's|my unit's|our cục's|my cục's|the cục's|cục's",
  ),
  ...tag({ kind: 'remaining' }, 'nữa|còn lại|remaining|still to|yet to|from today'),
  // "xuất sắc cả ba năm 2023–2025", "3 năm liên tục", "in both 2024 and 2025".
  ...tag(
    { kind: 'every_year' },
    'cả hai năm|cả ba năm|cả 2 năm|cả 3 năm|cả 4 năm|cả 5 năm|các năm liên tục|liên tục|liên tiếp|' +
      'năm liên tục|năm liên tiếp|in both|in each of|each of the years|every year of|' +
      'in every year of|consecutive|consecutively|in a row|' +
      [2, 3, 4, 5]
        .flatMap((n) => [`${n} năm liên tục`, `${n} năm liên tiếp`, `liên tục ${n} năm`])
        .join('|'),
  ),
  // "Còn năm sau đó?", "What about the following year?": next to the year asked before.
  ...tag(
    { kind: 'year_shift', by: 1 },
    'năm sau đó|năm tiếp theo|năm tiếp sau|năm kế tiếp đó|năm liền sau|the following year|' +
      'the year after|the year after that|the next year after',
  ),
  ...tag(
    { kind: 'year_shift', by: -1 },
    'năm trước đó|năm liền trước|the year before|the year before that|' +
      'the preceding year|the prior year',
  ),
  // "Still due to retire this year": from today on; a bare "still" is a filler.
  ...tag(
    { kind: 'remaining' },
    'still due to|still due|still set to|still going to|still expected to|will still|' +
      // "How many people are left to retire this year?": still to, not people who left.
      'are left to|left to|remain to|still to',
  ),
  ...tag({ kind: 'followup', followup: 'them' }, 'họ|them|they|their|those people|these people'),
  ...tag({ kind: 'conjunction' }, 'và|hoặc|hay|or|and|cùng với|với cả|, và|lẫn'),
  ...tag({ kind: 'negation' }, 'không|chưa|not|no|without|non|never|chưa từng|không có'),
  // Exclusions ("trừ lãnh đạo", "excluding contract staff") are negations the plan cannot read.
  ...tag(
    { kind: 'negation' },
    'trừ|ngoại trừ|không kể|không tính|không bao gồm|except|excluding|apart from|other than|besides',
  ),
]

/**
 * Function words that change no condition when nothing else explains them: "đã từng" (ever),
 * "theo đạo Phật" (follows), "sắp nghỉ hưu" (about to), sentence particles. Unlike the fillers
 * above they are not tagged, so that phrases containing them ("theo từng năm") still win; they
 * are only forgiven when left over. Any other word left over is a content word the engine did
 * not read.
 */
const FUNCTION_WORDS = new Set(
  (
    'từng|theo|sắp|cũng|đều|rằng|chứ|à|ư|hả|nhá|luôn|ấy|thế|nhỉ|kia|' +
    // "bị xếp loại" (passive), "biên chế được giao", "liệt kê tên …": the rest says it all.
    'bị|giao|tên|' +
    // "mang học hàm" (bears a title), "mà vẫn đang công tác" (and still): the rest says it all.
    'mang|vẫn|nhưng|' +
    // The same words typed without diacritics, where the plain form is not another word's.
    'tung|sap|cung|deu|rang|nha|luon|nhi|bi|ten|' +
    // "oldest first": the order is already read.
    'also|ever|so|then|really|actually|exactly|just|yet|please|kindly|first|completed|' +
    // "decisions were made / issued in 2024", "quota assigned to": the rest says it all.
    'made|issued|assigned|allocated'
  ).split('|'),
)

export function isFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(token.text)
}
