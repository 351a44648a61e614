// Verbs that attribute speech: "he said", "said Mr Straw", "Lavrov told reporters", "she added".
export const SPEECH_VERBS =
  'said|says|added|adds|told|tells|stated|states|declared|declares|noted|notes|stressed|stresses|' +
  'insisted|insists|warned|warns|asserted|asserts|explained|explains|remarked|emphasized|emphasised|' +
  'emphasizes|underlined|underscored|argued|argues|wrote|writes|continued|went on|concluded|replied|' +
  'responded|answered|announced|announces|urged|urges|pointed out|points out|recalled|tweeted|posted|' +
  'quoted|cited|observed|acknowledged|admitted|claimed|claims|vowed|pledged|promised|affirmed|reiterated|' +
  'suggested|suggests|predicted|conceded|complained|maintained|indicated|believes|believed|thinks|asked|told reporters|termed|' +
  'commented|comments|countered|counters|quipped|testified';
