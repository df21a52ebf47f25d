import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { Language } from '../http/context.js'

/**
 * Every text of the pages, in Vietnamese and English, in one place. Vietnamese is the default;
 * `?lang=en` (remembered in a cookie) switches.
 */
const TEXTS = {
  product: { vi: 'Hệ thống phân tích nhân sự', en: 'HR analytics' },
  ministry: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
  navChat: { vi: 'Hỏi đáp dữ liệu', en: 'Ask the data' },
  navRegulations: { vi: 'Tra cứu quy định', en: 'Regulations' },
  navPeople: { vi: 'Hồ sơ nhân sự', en: 'Personnel' },
  navAnalytics: { vi: 'Phân tích', en: 'Analytics' },
  navForecast: { vi: 'Dự báo', en: 'Forecasts' },
  navMe: { vi: 'Hồ sơ của tôi', en: 'My record' },
  logout: { vi: 'Đăng xuất', en: 'Sign out' },
  login: { vi: 'Đăng nhập', en: 'Sign in' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  loginFailed: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  askPlaceholder: {
    vi: 'Ví dụ: Cục Viễn thông có bao nhiêu nữ đang công tác?',
    en: 'E.g. How many women work in the Telecommunications Authority?',
  },
  ask: { vi: 'Hỏi', en: 'Ask' },
  newConversation: { vi: 'Cuộc hỏi đáp mới', en: 'New conversation' },
  showSql: { vi: 'Xem câu lệnh SQL', en: 'Show the SQL' },
  sources: { vi: 'Căn cứ', en: 'Sources' },
  engineOffline: { vi: 'bộ phân tích ngoại tuyến', en: 'offline engine' },
  engineLlm: { vi: 'mô hình ngôn ngữ', en: 'language model' },
  thinking: { vi: 'Đang xử lý…', en: 'Working…' },
  search: { vi: 'Tìm', en: 'Search' },
  searchRegulations: {
    vi: 'Nhập câu hỏi hoặc từ khóa về quy định',
    en: 'A question or keywords about the rules',
  },
  noResults: { vi: 'Không có kết quả.', en: 'No results.' },
  inForce: { vi: 'còn hiệu lực', en: 'in force' },
  notInForce: { vi: 'hết hiệu lực', en: 'no longer in force' },
  scope: { vi: 'Phạm vi', en: 'Scope' },
  wholeMinistry: { vi: 'toàn Bộ', en: 'the whole ministry' },
  ownRecord: { vi: 'hồ sơ của bản thân', en: 'own record' },
  error: { vi: 'Có lỗi', en: 'Error' },
} as const

export type TextKey = keyof typeof TEXTS

export function t(language: Language, key: TextKey): string {
  return TEXTS[key][language]
}

const LANG_COOKIE = 'hrm_lang'

/** The page language: ?lang= (then remembered), the cookie, then Accept-Language, then Vietnamese. */
export function pageLanguage(c: Context): Language {
  const asked = c.req.query('lang')
  if (asked === 'vi' || asked === 'en') {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 })
    return asked
  }
  const saved = getCookie(c, LANG_COOKIE)
  if (saved === 'vi' || saved === 'en') return saved
  return (c.req.header('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi'
}

export { formatDate } from '../dates.js'
