// The states of the United States, to tell the state of Georgia from the country where the text
// lists it among them ("Delaware, Georgia, Kansas") or names a city of it ("Atlanta, Georgia").
export const US_STATES: ReadonlySet<string> = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Hampshire', 'Jersey',
  'York', 'Carolina', 'Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Island', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Wisconsin', 'Wyoming', 'Atlanta', 'Savannah',
]);
// (the last words of two-word names; not "Mexico" nor "Washington", which name a country and a capital too)
/** Country names that are also the name of a US state. */
export const STATE_NAMED_COUNTRIES: ReadonlySet<string> = new Set(['GEO']);
