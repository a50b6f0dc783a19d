/**
 * Abbreviations that keep their period as part of the token (EWT style: `Mr.`, `Dec.`, `Inc.`).
 * Titles are always followed by a name, so a sentence never ends after them; the others may end a
 * sentence (`... in the U.S. The ...`) and the splitter decides by the next word.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mssrs', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm', 'Cmdr', 'Cdr',
  'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'St', 'Mt', 'Ft', 'Pres', 'Supt', 'Insp', 'Brig', 'Cpl', 'Pvt', 'Fr',
  'Gens', 'Reps', 'Sens', 'Amb', 'Atty', 'Det', 'Lieut', 'Pte', 'Rt', 'No', 'Nos', 'no', 'nos', 'Vol', 'vol',
  'Fig', 'fig', 'vs', 'v', 'cf', 'ca', 'approx', 'Nr', 'pp',
]);

export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Plc', 'etc', 'al', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd', 'Rd', 'Dept', 'dept', 'est', 'Est', 'Govt', 'govt', 'Univ',
  'Assn', 'Intl', 'Natl', 'Tues', 'Thurs', 'mln', 'bln', 'Ky', 'Ala', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga',
  'Kan', 'Md', 'Mich', 'Minn', 'Neb', 'Nev', 'Okla', 'Tenn', 'Tex', 'Va', 'Vt', 'Wis', 'Wyo',
]);

/**
 * Words that, capitalised after an abbreviation or an ellipsis, start a new sentence: pronouns,
 * determiners, conjunctions and sentence adverbs. A name after `U.S.` (`U.S. President`) does not.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'This', 'That',
  'These', 'Those', 'There', 'Here', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'If', 'When', 'While',
  'As', 'After', 'Before', 'Meanwhile', 'However', 'So', 'Yet', 'Or', 'For', 'Some', 'Many', 'Most', 'Such',
  'Not', 'Now', 'Then', 'Still', 'Both', 'All', 'Each', 'Every', 'What', 'Why', 'How', 'Who', 'Where', 'Which',
  'Last', 'Next', 'Under', 'Despite', 'Although', 'Though', 'Since', 'Because', 'Earlier', 'Later', 'Also',
  'Even', 'Only', 'Instead', 'Indeed', 'Mr', 'Mrs', 'Ms', 'Dr', 'During', 'From', 'With', 'By', 'To', 'Of',
  'Among', 'Other', 'Another', 'One', 'Two', 'Three', 'No', 'Yes', 'Officials', 'Police', 'According',
]);
