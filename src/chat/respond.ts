import type { Principal } from '../access/index.js'
import { type AppError, isAppError } from '../errors.js'
import type { Language, QueryResult, Refusal } from './types.js'

/** What the product can do, offered after "help" and whenever it cannot answer. */
export const CAPABILITIES: Record<Language, string[]> = {
  vi: [
    'Có bao nhiêu người đang công tác, chia theo đơn vị?',
    'Danh sách lãnh đạo cấp vụ sẽ nghỉ hưu trong 5 năm tới',
    'Tỷ lệ nữ trong lãnh đạo các cục',
    'Độ tuổi trung bình của công chức Vụ Tổ chức cán bộ',
    'Thâm niên công tác bình quân của Vụ Pháp chế',
    'Hệ số lương cao nhất ở Cục Viễn thông là bao nhiêu?',
    'Có bao nhiêu người sắp nghỉ hưu?',
    'Số người quê Nghệ An theo đơn vị',
    'Điều kiện về tuổi khi bổ nhiệm lần đầu là gì?',
  ],
  en: [
    'How many people are working, by unit?',
    'Which department-level leaders retire in the next 5 years?',
    'Share of women among the leaders of the agencies',
    'Average age of civil servants in the Personnel Department',
    'Average years of service in the Legal Department',
    'What is the highest salary coefficient at the Telecommunications Authority?',
    'How many people are about to retire?',
    'How many people are from Nghe An, by unit?',
    'What is the age condition for a first appointment?',
  ],
}

export function helpText(language: Language, principal: Principal): string {
  const scope = scopeLabel(principal, language)
  return language === 'vi'
    ? `Tôi trả lời câu hỏi về dữ liệu nhân sự (${scope}) bằng câu trả lời, bảng và câu lệnh SQL, ` +
        'và tra cứu quy định (nghị định, thông tư, quy định của Đảng) kèm số hiệu và điều khoản. ' +
        'Có thể hỏi bằng tiếng Việt có dấu, không dấu hoặc tiếng Anh.'
    : `I answer questions about personnel data (${scope}) with an answer, a table and the SQL, and ` +
        'look up the regulations with their document numbers and articles. Ask in Vietnamese ' +
        '(with or without diacritics) or in English.'
}

export function scopeLabel(principal: Principal, language: Language): string {
  if (principal.scope.wholeMinistry) return language === 'vi' ? 'toàn Bộ' : 'the whole ministry'
  if (principal.scope.rootNames.length === 0)
    return language === 'vi' ? 'hồ sơ của chính bạn' : 'your own record'
  return principal.scope.rootNames.join(', ')
}

/** A refusal from an error the pipeline raised, in the question's language. */
export function refusalFrom(error: AppError, language: Language): Refusal {
  return { code: error.code, message: error.messageIn(language) }
}

export function isRefusable(error: unknown): error is AppError {
  return (
    isAppError(error) &&
    [
      'FORBIDDEN',
      'FORBIDDEN_SCOPE',
      'FORBIDDEN_SENSITIVE',
      'SQL_REJECTED',
      'QUERY_TOO_EXPENSIVE',
      'QUERY_TIMEOUT',
      'LLM_UNAVAILABLE',
      'NOT_FOUND',
    ].includes(error.code)
  )
}

export function sensitiveRefusal(language: Language): Refusal {
  return {
    code: 'FORBIDDEN_SENSITIVE',
    message:
      language === 'vi'
        ? 'Câu hỏi cần dữ liệu nhạy cảm (dân tộc, tôn giáo, đảng viên, kỷ luật, số định danh) mà vai trò của bạn không được xem.'
        : 'The question needs sensitive personal data (ethnicity, religion, Party membership, discipline, national ID) that your role may not see.',
  }
}

export function selfOnlyRefusal(language: Language): Refusal {
  return {
    code: 'FORBIDDEN_SCOPE',
    message:
      language === 'vi'
        ? 'Tài khoản của bạn chỉ xem được hồ sơ của chính mình; hãy mở mục "Hồ sơ của tôi". Bạn vẫn có thể hỏi về quy định.'
        : 'Your account sees only your own record; open "My record". You can still ask about the regulations.',
  }
}

/**
 * A sentence for SQL the language model wrote: it never saw the rows, so it cannot phrase them;
 * the sentence is built here from the result alone.
 */
export function describeResult(result: QueryResult, language: Language): string {
  const vi = language === 'vi'
  if (result.rows.length === 0) return vi ? 'Không có dữ liệu phù hợp.' : 'No matching data.'
  const first = result.rows[0]
  if (result.rows.length === 1 && first !== undefined && first.length === 1) {
    const value = first[0]
    const shown =
      typeof value === 'number' ? value.toLocaleString(vi ? 'vi-VN' : 'en-GB') : String(value)
    return vi ? `Kết quả: ${shown}.` : `Result: ${shown}.`
  }
  const count = result.rows.length.toLocaleString(vi ? 'vi-VN' : 'en-GB')
  const more = result.truncated ? (vi ? ' (chỉ hiện một phần)' : ' (partial)') : ''
  return vi ? `Có ${count} dòng kết quả${more}.` : `${count} rows${more}.`
}

/**
 * When every row of a sensitive statistic was withheld (each about fewer than 5 people), there is
 * no answer to show: an empty table would read as "none", so the asker is told why instead.
 */
export function withheldRefusal(result: QueryResult, language: Language): Refusal | undefined {
  if (result.rows.length > 0 || result.suppressedRows === 0) return undefined
  return {
    code: 'SMALL_GROUP_WITHHELD',
    message:
      language === 'vi'
        ? 'Kết quả chỉ gồm nhóm dưới 5 người nên được ẩn để bảo vệ dữ liệu cá nhân.'
        : 'The result is about fewer than 5 people, so it is withheld to protect personal data.',
  }
}

/** A note added when small groups of sensitive aggregates were withheld. */
export function suppressionNote(result: QueryResult, language: Language): string {
  if (result.suppressedRows === 0) return ''
  return language === 'vi'
    ? ` ${result.suppressedRows} nhóm có dưới 5 người đã được ẩn để bảo vệ dữ liệu cá nhân.`
    : ` ${result.suppressedRows} groups of fewer than 5 people were withheld to protect personal data.`
}
