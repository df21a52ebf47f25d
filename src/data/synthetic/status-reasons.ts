import type { PersonStatus } from '../schema.js'
import { type Day, dayFromCivil } from './dates.js'
import type { Random } from './prng.js'

/** Vietnamese text for why someone's status changed, as HR staff would write it. */
const DESTINATIONS = [
  'Bộ Nội vụ',
  'Bộ Tài chính',
  'Bộ Công Thương',
  'Văn phòng Chính phủ',
  'Ủy ban nhân dân thành phố Hà Nội',
  'Sở Khoa học và Công nghệ thành phố Hà Nội',
  'Sở Khoa học và Công nghệ tỉnh Bắc Ninh',
  'Sở Khoa học và Công nghệ tỉnh Nghệ An',
  'Tập đoàn Bưu chính Viễn thông Việt Nam',
  'Tập đoàn Công nghiệp – Viễn thông Quân đội',
  'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
  'Đại học Quốc gia Hà Nội',
  'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ',
]
const DECREE_178 = dayFromCivil(2025, 1, 1)

export type ExitStatus = Exclude<PersonStatus, 'working'>

export function statusReason(
  random: Random,
  status: ExitStatus,
  exit: Day,
  extended: boolean,
): string {
  switch (status) {
    case 'retired':
      return extended
        ? 'Nghỉ hưu sau thời gian kéo dài công tác theo Nghị định 50/2022/NĐ-CP'
        : 'Nghỉ hưu theo chế độ'
    case 'transferred_out':
      return `Chuyển công tác đến ${random.pick(DESTINATIONS)}`
    case 'resigned':
      return exit >= DECREE_178 && random.chance(0.6)
        ? 'Thôi việc theo chính sách tinh giản của Nghị định 178/2024/NĐ-CP'
        : 'Thôi việc theo nguyện vọng cá nhân'
    case 'dismissed':
      return 'Buộc thôi việc do vi phạm kỷ luật'
    case 'deceased':
      return 'Từ trần'
  }
}

export function transferDestination(random: Random): string {
  return random.pick(DESTINATIONS)
}
