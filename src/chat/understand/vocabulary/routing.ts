import type { Route, Tag } from '../tags.js'

/**
 * Words that send a question elsewhere: to the regulations retrieval (quy định, nghị định,
 * điều kiện…), to forecasting (dự báo, thiếu biên chế, ứng viên bổ nhiệm), or to help.
 */
const route = (r: Route, ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'route', route: r }])

export const ROUTE_PHRASES: readonly [string, Tag][] = [
  ...route('regulation', 'quy định', 'nghị định', 'thông tư', 'luật', 'văn bản', 'pháp luật'),
  ...route('regulation', 'theo quy định', 'theo luật', 'quy định về', 'quyết định số'),
  ...route('regulation', 'điều kiện', 'tiêu chuẩn', 'thủ tục', 'quy trình', 'thẩm quyền'),
  ...route('regulation', 'decree', 'law', 'regulation', 'regulations', 'circular', 'rule'),
  ...route('regulation', 'rules', 'conditions', 'criteria', 'procedure', 'requirements'),
  ...route('regulation', 'nđ-cp', 'nđ', 'tt-bnv', 'qđ-tw', 'qh15', 'qh14', 'hd-btctw'),
  ...route('regulation', 'what does', 'say', 'nói gì', 'quy định gì', 'được quy định'),
  ...route('regulation', 'tuổi nghỉ hưu', 'retirement age', 'lộ trình', 'roadmap'),
  ...route('regulation', 'bao nhiêu tuổi thì nghỉ hưu', 'mấy tuổi thì nghỉ hưu', 'chế độ'),
  ...route('regulation', 'nhiệm kỳ bao nhiêu năm', 'nhiệm kỳ mấy năm', 'how long is a term'),
  ...route('regulation', 'kéo dài thời gian công tác', 'nâng lương', 'nâng bậc lương'),
  ...route('regulation', 'điều kiện bổ nhiệm', 'tiêu chuẩn bổ nhiệm', 'bổ nhiệm lại cần'),
  ...route('forecast_staffing', 'dự báo', 'thiếu', 'thiếu hụt', 'thừa', 'nhu cầu', 'cần tuyển'),
  ...route('forecast_staffing', 'cần bổ sung', 'còn thiếu', 'forecast', 'projection', 'project'),
  ...route('forecast_staffing', 'shortfall', 'gap', 'staffing gap', 'need to hire', 'dự kiến'),
  ...route('forecast_staffing', 'thiếu bao nhiêu', 'khoảng trống', 'projected', 'will need'),
  ...route('forecast_candidates', 'ứng viên', 'nguồn cán bộ', 'ai có thể', 'kế nhiệm'),
  ...route('forecast_candidates', 'đủ điều kiện bổ nhiệm', 'đủ tiêu chuẩn bổ nhiệm'),
  ...route('forecast_candidates', 'có thể bổ nhiệm', 'có thể thay', 'thay thế', 'người thay'),
  ...route('forecast_candidates', 'candidates', 'candidate', 'successor', 'successors'),
  ...route('forecast_candidates', 'who could replace', 'who can be appointed', 'eligible'),
  ...route('forecast_candidates', 'đề xuất bổ nhiệm', 'giới thiệu bổ nhiệm', 'bổ nhiệm ai'),
  ...route('help', 'bạn làm được gì', 'bạn có thể làm gì', 'bạn là ai', 'hướng dẫn', 'help'),
  ...route('help', 'what can you do', 'who are you', 'how do i use', 'trợ giúp', 'giúp tôi với'),
  ...route('help', 'bạn giúp được gì', 'có thể hỏi gì', 'hỏi gì', 'what can i ask'),
  ...route('greeting', 'xin chào', 'chào', 'chào bạn', 'hello', 'hi', 'hey', 'cảm ơn'),
  ...route('greeting', 'thanks', 'thank you', 'good morning', 'chào buổi sáng', 'alo'),
]
