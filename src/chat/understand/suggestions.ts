import type { Language } from '../types.js'
import type { Lexicon } from './lexicon.js'

/**
 * Questions the offline engine can answer, offered when it abstains: built around the unit the
 * asker named (or the whole ministry), in the asker's language.
 */
export function suggestQuestions(
  language: Language,
  lexicon: Lexicon,
  unitId: number | undefined,
  now: string,
): string[] {
  const next = Number(now.slice(0, 4)) + 1
  const unit = unitId === undefined ? undefined : lexicon.unitById.get(unitId)
  if (unit !== undefined && unit.depth > 0) {
    const u = unit.name
    return language === 'vi'
      ? [
          `${u} có bao nhiêu người đang công tác?`,
          `Có bao nhiêu nữ ở ${u}?`,
          `Danh sách lãnh đạo ${u}`,
          `Những ai ở ${u} sẽ nghỉ hưu năm ${next}?`,
          `Tuổi trung bình ở ${u} theo giới tính`,
          `Thâm niên công tác bình quân ở ${u}`,
          `Ai ở ${u} sắp nghỉ hưu?`,
        ]
      : [
          `How many people work in ${u}?`,
          `How many women are there in ${u}?`,
          `List the leaders of ${u}`,
          `Who in ${u} will retire in ${next}?`,
          `Average age in ${u} by sex`,
          `Average years of service in ${u}`,
          `Who in ${u} is about to retire?`,
        ]
  }
  return language === 'vi'
    ? [
        'Số người đang công tác theo đơn vị',
        `Có bao nhiêu người sẽ nghỉ hưu năm ${next}?`,
        'Cục Viễn thông có bao nhiêu tiến sĩ?',
        'Danh sách Vụ trưởng',
        'Tỷ lệ nữ trong lãnh đạo cấp vụ',
        'Hệ số lương cao nhất là bao nhiêu?',
        'Số người theo quê quán',
      ]
    : [
        'Headcount by unit',
        `How many people will retire in ${next}?`,
        'How many doctorates are there in Cục Viễn thông?',
        'List the heads of department',
        'Share of women among department-level leaders',
        'What is the highest salary coefficient?',
        'Headcount by home province',
      ]
}
