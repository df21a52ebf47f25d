/**
 * Ways of saying the same thing in HR Vietnamese. When a question uses one variant, the search
 * accepts any of them: "về hưu" finds passages that say "nghỉ hưu". Abbreviations expand to the
 * words the texts spell out. Written with diacritics; matched without them.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['nghỉ hưu', 'về hưu', 'hưu trí'],
  ['tuổi nghỉ hưu', 'tuổi hưu', 'tuổi về hưu'],
  ['nghỉ hưu sớm', 'nghỉ hưu trước tuổi', 'tuổi thấp hơn'],
  ['nghỉ hưu muộn', 'tuổi cao hơn', 'kéo dài thời gian làm việc', 'kéo dài thời gian công tác'],
  ['lương hưu', 'chế độ hưu trí'],
  ['nâng lương', 'nâng bậc lương'],
  ['lương cơ sở', 'mức tham chiếu'],
  ['đề bạt', 'bổ nhiệm'],
  ['cấp phó', 'phó vụ trưởng', 'phó cục trưởng', 'phó giám đốc'],
  ['tinh giản', 'giảm biên chế', 'sắp xếp tổ chức bộ máy'],
  ['nghỉ việc', 'thôi việc'],
  ['xếp loại', 'đánh giá xếp loại', 'phân loại'],
  ['định danh', 'căn cước', 'cccd'],
  ['sao lưu', 'backup'],
  ['csdlqg', 'cơ sở dữ liệu quốc gia'],
  ['cbccvc', 'cán bộ công chức viên chức'],
  ['bhxh', 'bảo hiểm xã hội'],
  ['tccb', 'tổ chức cán bộ'],
  ['khcn', 'khoa học và công nghệ'],
]
