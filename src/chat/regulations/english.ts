/**
 * English HR vocabulary mapped to the Vietnamese words the regulations use, so that an English
 * question finds Vietnamese passages. Longer phrases come first: "early retirement" must win
 * over "retirement". Words not listed are dropped from an English question, because English
 * words never occur in the corpus and would only dilute the match.
 */
const PHRASES: readonly (readonly [string, string])[] = [
  ['normal retirement age', 'tuổi nghỉ hưu điều kiện lao động bình thường'],
  ['retirement age', 'tuổi nghỉ hưu'],
  ['early retirement', 'nghỉ hưu trước tuổi'],
  ['retire early', 'nghỉ hưu trước tuổi'],
  ['retire later', 'nghỉ hưu ở tuổi cao hơn'],
  ['keep working', 'tiếp tục làm việc tuổi cao hơn'],
  ['work beyond', 'tiếp tục làm việc tuổi cao hơn'],
  ['pension', 'lương hưu'],
  ['retirement', 'nghỉ hưu'],
  ['retire', 'nghỉ hưu'],
  ['roadmap', 'lộ trình'],
  ['first appointment', 'bổ nhiệm lần đầu'],
  ['reappointment', 'bổ nhiệm lại'],
  ['reappointed', 'bổ nhiệm lại'],
  ['appointment', 'bổ nhiệm'],
  ['appointed', 'bổ nhiệm'],
  ['appoint', 'bổ nhiệm'],
  ['promoted', 'bổ nhiệm chức vụ cao hơn'],
  ['promotion', 'bổ nhiệm chức vụ cao hơn'],
  ['working time', 'thời gian công tác'],
  ['term of office', 'thời hạn nhiệm kỳ'],
  ['term', 'nhiệm kỳ'],
  ['rotation', 'luân chuyển'],
  ['succession planning', 'quy hoạch'],
  ['planning pool', 'quy hoạch'],
  ['planning', 'quy hoạch'],
  ['planned', 'quy hoạch'],
  ['leadership title', 'chức danh lãnh đạo'],
  ['leadership post', 'chức vụ lãnh đạo'],
  ['leadership', 'lãnh đạo'],
  ['leader', 'lãnh đạo'],
  ['deputy heads', 'cấp phó'],
  ['deputies', 'cấp phó'],
  ['deputy minister', 'thứ trưởng'],
  ['deputy', 'cấp phó'],
  ['department', 'vụ'],
  ['ministry', 'bộ'],
  ['units', 'đơn vị'],
  ['unit', 'đơn vị'],
  ['removal from post', 'cách chức'],
  ['dismissal from office', 'cách chức'],
  ['reprimand', 'khiển trách'],
  ['warning', 'cảnh cáo'],
  ['disciplinary', 'kỷ luật'],
  ['disciplined', 'kỷ luật'],
  ['discipline', 'kỷ luật'],
  ['not completed', 'không hoàn thành nhiệm vụ'],
  ['excellent', 'hoàn thành xuất sắc nhiệm vụ'],
  ['evaluation', 'đánh giá xếp loại'],
  ['appraisal', 'đánh giá xếp loại'],
  ['assessment', 'đánh giá xếp loại'],
  ['rated', 'xếp loại'],
  ['rating', 'xếp loại'],
  ['general criteria', 'tiêu chí chung'],
  ['criteria', 'tiêu chí'],
  ['points', 'điểm'],
  ['score', 'điểm'],
  ['quota', 'tỷ lệ'],
  ['base salary', 'mức lương cơ sở'],
  ['salary step', 'bậc lương'],
  ['pay step', 'bậc lương'],
  ['step raise', 'nâng bậc lương'],
  ['salary', 'lương'],
  ['coefficient', 'hệ số'],
  ['lump-sum', 'trợ cấp một lần'],
  ['lump sum', 'trợ cấp một lần'],
  ['allowance', 'trợ cấp phụ cấp'],
  ['severance', 'thôi việc'],
  ['restructuring', 'sắp xếp tổ chức bộ máy'],
  ['civil servants', 'công chức'],
  ['civil servant', 'công chức'],
  ['public employees', 'viên chức'],
  ['public employee', 'viên chức'],
  ['cadres', 'cán bộ'],
  ['cadre', 'cán bộ'],
  ['officials', 'cán bộ công chức'],
  ['associate professor', 'phó giáo sư'],
  ['professor', 'giáo sư'],
  ['doctorate', 'tiến sĩ'],
  ['research institute', 'viện nghiên cứu đơn vị sự nghiệp'],
  ['national database', 'cơ sở dữ liệu quốc gia'],
  ['database', 'cơ sở dữ liệu'],
  ['data groups', 'nhóm thông tin'],
  ['personal identification number', 'số định danh cá nhân'],
  ['personal id number', 'số định danh cá nhân'],
  ['national id', 'số định danh cá nhân'],
  ['personal data', 'dữ liệu cá nhân'],
  ['sensitive', 'nhạy cảm'],
  ['basic', 'cơ bản'],
  ['data', 'dữ liệu'],
  ['synchronised', 'đồng bộ'],
  ['synchronized', 'đồng bộ'],
  ['synchronise', 'đồng bộ'],
  ['synchronize', 'đồng bộ'],
  ['sync', 'đồng bộ'],
  ['working days', 'ngày làm việc'],
  ['other agencies', 'cơ quan khác'],
  ['update', 'cập nhật'],
  ['e-dossier', 'hồ sơ điện tử'],
  ['dossier', 'hồ sơ'],
  ['consent', 'đồng ý'],
  ['backed up', 'sao lưu'],
  ['back up', 'sao lưu'],
  ['backup', 'sao lưu'],
  ['account', 'tài khoản'],
  ['access log', 'nhật ký truy cập'],
  ['access', 'truy cập'],
  ['penalty', 'xử phạt'],
  ['fine', 'xử phạt'],
  ['job position', 'vị trí việc làm'],
  ['rank', 'ngạch'],
  ['exam', 'thi'],
  ['women', 'nữ'],
  ['woman', 'nữ'],
  ['female', 'nữ'],
  ['men', 'nam'],
  ['male', 'nam'],
  ['personnel', 'cán bộ'],
  ['age', 'tuổi'],
  ['months', 'tháng'],
  ['month', 'tháng'],
  ['years', 'năm'],
  ['year', 'năm'],
  ['first 12 months', '12 tháng đầu'],
  ['at least', 'ít nhất'],
  ['minimum', 'tối thiểu'],
  ['maximum', 'tối đa'],
  ['at most', 'tối đa'],
  ['average', 'bình quân'],
  ['how often', 'hằng'],
  ['in force', 'hiệu lực'],
  ['replaced', 'thay thế'],
  ['superseded', 'thay thế'],
  ['decree', 'nghị định'],
  ['law', 'luật'],
  ['regulation', 'quy định'],
  ['circular', 'thông tư'],
  ['article', 'điều'],
  ['clause', 'khoản'],
  ['remain', 'còn'],
]

const BY_LENGTH = [...PHRASES].sort((a, b) => b[0].length - a[0].length)

/** A Vietnamese syllable written without diacritics: onset, one to three vowels, coda. */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/

/** Words an English question is made of but which say nothing about the rule asked for. */
const ENGLISH_FILLER = new Set(
  (
    'what which who whom whose how when where why is are was were be been does do did can could may ' +
    'might must should would will shall the a an of for to in on at by as under after before many ' +
    'much within and or not no with from there their this that these those it its need needs ' +
    'required allowed long often get give have has new my i we our you your if than then about ' +
    'per each every same there any some still other into out up down more most less least it'
  ).split(' '),
)

/**
 * Whether a question is written in English: no Vietnamese diacritics, and at least two of its
 * words, and two fifths of them, are not Vietnamese syllables ("personal", "what", "age").
 */
export function isEnglish(text: string): boolean {
  if (/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu.test(text)) {
    return false
  }
  const letters = text.toLowerCase().match(/[a-z]+/g) ?? []
  const foreign = letters.filter((w) => !VIETNAMESE_SYLLABLE.test(w)).length
  return foreign >= 2 && foreign >= letters.length * 0.4
}

export interface Translation {
  /** The Vietnamese key terms (and numbers) of the question, in the question's order. */
  readonly text: string
  /** English content words with no Vietnamese equivalent here: the question is not understood. */
  readonly unknownWords: string[]
}

/** Maps an English question to the Vietnamese terms the regulations use. */
export function toVietnameseTerms(text: string): Translation {
  let rest = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}/-]+/gu, ' ')} `
  const found: { at: number; vi: string }[] = []
  for (const [en, vi] of BY_LENGTH) {
    let at = rest.indexOf(` ${en} `)
    while (at >= 0) {
      found.push({ at, vi })
      rest = rest.slice(0, at + 1) + ' '.repeat(en.length) + rest.slice(at + 1 + en.length)
      at = rest.indexOf(` ${en} `)
    }
  }
  for (const number of rest.matchAll(/\b\d[\d/.-]*\b/g))
    found.push({ at: number.index, vi: number[0] })
  const unknownWords = (rest.match(/[a-z]+/g) ?? []).filter((w) => !ENGLISH_FILLER.has(w))
  return {
    text: found
      .sort((a, b) => a.at - b.at)
      .map((f) => f.vi)
      .join(' '),
    unknownWords,
  }
}
