/**
 * English names leaders use for the top-level units (the ministry's own English usage where
 * it has one), by unit code. The lexicon adds them to the units' forms.
 */
export const ENGLISH_UNIT_NAMES: Readonly<Record<string, readonly string[]>> = {
  VBC: ['Department of Posts', 'Postal Department'],
  VDGTD: [
    'Department of Technology Assessment and Appraisal',
    'Department of Technology Appraisal',
  ],
  VKHKT: [
    'Department of Engineering Sciences and Technology',
    'Department of Science and Technology',
  ],
  VKHXH: ['Department of Social and Natural Sciences', 'Department of Social Sciences'],
  VKTXHS: ['Department of Digital Economy and Society', 'Department of Digital Economy'],
  VKHTC: ['Department of Planning and Finance', 'Planning and Finance Department'],
  VHTQT: ['Department of International Cooperation', 'International Cooperation Department'],
  VPC: ['Department of Legal Affairs', 'Legal Department', 'Legal Affairs Department'],
  VTCCB: [
    'Department of Organisation and Personnel',
    'Department of Personnel and Organisation',
    'Personnel Department',
    'Department of Organization and Personnel',
  ],
  VPB: ['Ministry Office', 'Office of the Ministry'],
  TTRB: ['Ministry Inspectorate', 'Inspectorate'],
  CATBXHN: [
    'Vietnam Agency for Radiation and Nuclear Safety',
    'Agency for Radiation and Nuclear Safety',
    'Radiation and Nuclear Safety Agency',
    'VARANS',
  ],
  CBDTW: ['Central Post Office'],
  CCNCNTT: ['Authority of Information Technology Industry', 'IT Industry Authority'],
  CCDSQG: ['National Digital Transformation Agency', 'Digital Transformation Agency'],
  CDMST: ['National Innovation Agency', 'Innovation Agency'],
  CKNDN: [
    'Agency for Startups and Technology Enterprises',
    'Startup and Technology Enterprise Agency',
  ],
  CSHTT: ['Intellectual Property Office of Vietnam', 'Intellectual Property Office', 'IP Office'],
  CTSVTD: [
    'Authority of Radio Frequency Management',
    'Radio Frequency Authority',
    'Radio Frequency Department',
  ],
  CTTTK: ['Department of Information and Statistics', 'Information and Statistics Agency'],
  CVT: [
    'Vietnam Telecommunications Authority',
    'Telecommunications Authority',
    'Telecom Authority',
  ],
  UBTCDLCL: [
    'National Committee for Standards, Metrology and Quality',
    'Directorate for Standards, Metrology and Quality',
  ],
  TTCNTT: [
    'Information Technology Centre',
    'Information Technology Center',
    'IT Centre',
    'IT Center',
  ],
  HVCLKHCN: [
    'National Institute for Science and Technology Policy and Strategy Studies',
    'Academy of Science and Technology Strategy',
  ],
  VNEXPRESS: ['VnExpress newspaper'],
  VNLNTVN: ['Vietnam Atomic Energy Institute'],
  HVCNBCVT: ['Posts and Telecommunications Institute of Technology'],
  VNNIC: ['Vietnam Internet Network Information Center', 'Vietnam Internet Center'],
  NAFOSTED: ['National Foundation for Science and Technology Development'],
  VUDCN: ['National Center for Technological Progress', 'Institute of Applied Technology'],
}
