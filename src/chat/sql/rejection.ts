import { AppError, type ErrorCode } from '../../errors.js'

/**
 * Why the guard refused a query: a machine code for the pipeline and tests, and a sentence in
 * each language for the asker. The English sentence is also what the LLM sees in its repair
 * round, so it says what to write instead.
 */
export type RejectionReason =
  | 'TOO_LONG'
  | 'CONTROL_CHARACTER'
  | 'EMPTY'
  | 'SYNTAX'
  | 'MULTIPLE_STATEMENTS'
  | 'NOT_SELECT'
  | 'INTO_NOT_ALLOWED'
  | 'LOCKING_NOT_ALLOWED'
  | 'RECURSIVE_NOT_ALLOWED'
  | 'DATA_MODIFYING_CTE'
  | 'RELATION_NOT_ALLOWED'
  | 'UNQUALIFIED_RELATION'
  | 'UNKNOWN_VIEW'
  | 'FROM_ITEM_NOT_ALLOWED'
  | 'SUBQUERY_ALIAS_REQUIRED'
  | 'FUNCTION_NOT_ALLOWED'
  | 'OPERATOR_NOT_ALLOWED'
  | 'CAST_NOT_ALLOWED'
  | 'SYSTEM_VALUE_NOT_ALLOWED'
  | 'SYSTEM_COLUMN_NOT_ALLOWED'
  | 'CONSTRUCT_NOT_ALLOWED'
  | 'TOO_DEEP'
  | 'LITERAL_TOO_LONG'
  | 'SENSITIVE_NOT_ALLOWED'
  | 'NO_PERSONNEL_ACCESS'
  | 'WHOLE_MINISTRY_ONLY'

interface Wording {
  readonly code?: ErrorCode
  readonly en: (detail: string) => string
  readonly vi: (detail: string) => string
}

const WORDING: Record<RejectionReason, Wording> = {
  TOO_LONG: {
    en: (d) => `The query is too long (${d} characters; at most 20,000).`,
    vi: (d) => `Câu truy vấn quá dài (${d} ký tự; tối đa 20.000).`,
  },
  CONTROL_CHARACTER: {
    en: () => 'The query contains a control character (such as NUL) that SQL text never needs.',
    vi: () => 'Câu truy vấn chứa ký tự điều khiển (như NUL) không hợp lệ trong SQL.',
  },
  EMPTY: {
    en: () => 'The query is empty.',
    vi: () => 'Câu truy vấn trống.',
  },
  SYNTAX: {
    en: (d) => `The query is not valid PostgreSQL: ${d}.`,
    vi: (d) => `Câu truy vấn không đúng cú pháp PostgreSQL: ${d}.`,
  },
  MULTIPLE_STATEMENTS: {
    en: (d) => `Only one statement is allowed; this text holds ${d}.`,
    vi: (d) => `Chỉ được phép một câu lệnh; văn bản này có ${d} câu lệnh.`,
  },
  NOT_SELECT: {
    en: (d) => `Only a SELECT query may be run; this is ${d}.`,
    vi: (d) => `Chỉ được chạy câu truy vấn SELECT (chỉ đọc); đây là câu lệnh ${d}.`,
  },
  INTO_NOT_ALLOWED: {
    en: () => 'SELECT … INTO creates a table; chat queries only read.',
    vi: () => 'SELECT … INTO tạo bảng mới; truy vấn hỏi đáp chỉ được đọc dữ liệu.',
  },
  LOCKING_NOT_ALLOWED: {
    en: () => 'FOR UPDATE / FOR SHARE lock rows; chat queries only read.',
    vi: () => 'Mệnh đề FOR UPDATE / FOR SHARE khóa dòng dữ liệu; truy vấn hỏi đáp chỉ được đọc.',
  },
  RECURSIVE_NOT_ALLOWED: {
    en: () =>
      'WITH RECURSIVE is not allowed because its cost cannot be bounded in advance; search the unit tree with chat.units.path instead.',
    vi: () =>
      'Không cho phép WITH RECURSIVE vì không giới hạn trước được khối lượng tính toán; hãy tra cây đơn vị qua cột chat.units.path.',
  },
  DATA_MODIFYING_CTE: {
    en: (d) => `A WITH query may only contain SELECT; ${d} changes data.`,
    vi: (d) => `Mệnh đề WITH chỉ được chứa SELECT; ${d} làm thay đổi dữ liệu.`,
  },
  RELATION_NOT_ALLOWED: {
    en: (d) => `Only the chat views (chat.people, chat.units, …) may be read, not ${d}.`,
    vi: (d) => `Chỉ được đọc các view hỏi đáp (chat.people, chat.units, …), không được đọc ${d}.`,
  },
  UNQUALIFIED_RELATION: {
    en: (d) => `Name the schema: write chat.${d} rather than ${d}.`,
    vi: (d) => `Cần ghi rõ schema: viết chat.${d} thay vì ${d}.`,
  },
  UNKNOWN_VIEW: {
    en: (d) => `There is no chat view named ${d}.`,
    vi: (d) => `Không có view hỏi đáp nào tên ${d}.`,
  },
  FROM_ITEM_NOT_ALLOWED: {
    en: (d) => `${d} is not allowed in FROM; read chat views or sub-queries only.`,
    vi: (d) => `Không được dùng ${d} trong FROM; chỉ đọc từ các view chat hoặc truy vấn con.`,
  },
  SUBQUERY_ALIAS_REQUIRED: {
    en: () => 'Give every sub-query in FROM an alias, as PostgreSQL 15 requires: (select …) as t.',
    vi: () =>
      'Mỗi truy vấn con trong FROM cần có bí danh (PostgreSQL 15 bắt buộc): (select …) as t.',
  },
  FUNCTION_NOT_ALLOWED: {
    en: (d) => `The function ${d} is not allowed in chat queries.`,
    vi: (d) => `Không được dùng hàm ${d} trong truy vấn hỏi đáp.`,
  },
  OPERATOR_NOT_ALLOWED: {
    en: (d) => `The operator ${d} is not allowed; compare with =, <, >, LIKE or ILIKE.`,
    vi: (d) => `Không được dùng toán tử ${d}; hãy so sánh bằng =, <, >, LIKE hoặc ILIKE.`,
  },
  CAST_NOT_ALLOWED: {
    en: (d) =>
      `Casting to ${d} is not allowed; cast only to numbers, text, dates, times, intervals or booleans.`,
    vi: (d) =>
      `Không được ép kiểu sang ${d}; chỉ được ép sang số, chuỗi, ngày giờ, khoảng thời gian hoặc logic.`,
  },
  SYSTEM_VALUE_NOT_ALLOWED: {
    en: (d) => `${d} describes the database session, not personnel data.`,
    vi: (d) => `${d} là thông tin phiên làm việc của cơ sở dữ liệu, không phải dữ liệu cán bộ.`,
  },
  SYSTEM_COLUMN_NOT_ALLOWED: {
    en: (d) => `The system column ${d} is not allowed.`,
    vi: (d) => `Không được đọc cột hệ thống ${d}.`,
  },
  CONSTRUCT_NOT_ALLOWED: {
    en: (d) => `The SQL construct ${d} is not allowed in chat queries.`,
    vi: (d) => `Không được dùng cấu trúc SQL ${d} trong truy vấn hỏi đáp.`,
  },
  TOO_DEEP: {
    en: () => 'The query is nested too deeply.',
    vi: () => 'Câu truy vấn lồng nhau quá sâu.',
  },
  LITERAL_TOO_LONG: {
    en: (d) => `A text constant is too long (${d} characters; at most 1,000).`,
    vi: (d) => `Một chuỗi hằng quá dài (${d} ký tự; tối đa 1.000).`,
  },
  SENSITIVE_NOT_ALLOWED: {
    code: 'FORBIDDEN_SENSITIVE',
    en: () =>
      'The question needs sensitive personal data (ethnicity, religion, Party membership, discipline, national ID number), which your role may not see.',
    vi: () =>
      'Câu hỏi cần dữ liệu nhạy cảm (dân tộc, tôn giáo, đảng viên, kỷ luật, số định danh cá nhân) mà vai trò của bạn không được xem.',
  },
  WHOLE_MINISTRY_ONLY: {
    code: 'FORBIDDEN',
    en: (view) =>
      `${view} holds counts of the whole ministry, which only readers of the whole ministry may see; count the rows of chat.people instead.`,
    vi: (view) =>
      `${view} là số liệu tổng hợp của toàn Bộ, chỉ người được xem toàn Bộ mới dùng được; hãy đếm trên chat.people.`,
  },
  NO_PERSONNEL_ACCESS: {
    code: 'FORBIDDEN',
    en: () => 'Administrator accounts do not see personnel records.',
    vi: () => 'Tài khoản quản trị hệ thống không được xem dữ liệu hồ sơ cán bộ.',
  },
}

/**
 * The error for a refused query: SQL_REJECTED (the SQL can be rewritten), or FORBIDDEN_SENSITIVE /
 * FORBIDDEN when no rewriting could make the question answerable for this asker.
 */
export function rejectSql(reason: RejectionReason, detail = ''): AppError {
  const wording = WORDING[reason]
  return new AppError(wording.code ?? 'SQL_REJECTED', wording.en(detail), {
    vi: wording.vi(detail),
    details: { reason, ...(detail === '' ? {} : { detail }) },
  })
}

/** The machine reason of a guard refusal, if the error is one. */
export function rejectionReasonOf(error: unknown): RejectionReason | undefined {
  if (!(error instanceof AppError)) return undefined
  const reason = error.details?.reason
  return typeof reason === 'string' && reason in WORDING ? (reason as RejectionReason) : undefined
}
