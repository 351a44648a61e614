// Whole lines that are site furniture, not article text. Each pattern must match the full
// trimmed line; lines are short, so none of these can backtrack badly.
export const BOILERPLATE_LINES: readonly RegExp[] = [
  // "Share this Article", "Share on Facebook", "Tweet", "Email", "Print"
  /^(?:share|tweet|email|print|save|comment|like)s?(?: this| on| via)?(?: article| story| post| page)?(?: on \w+)?\s*:?$/i,
  // "Leave a comment", "Leave a Reply", "Cancel reply"
  /^(?:leave a (?:reply|comment)|cancel reply|post a comment|add a comment|\d+ comments?|no comments?(?: yet)?)\b.*$/i,
  // "Your email address will not be published. Required fields are marked *"
  /^your email address will not be published.*$/i,
  /^required fields are marked.*$/i,
  // "TAGGED: ,", "Tags: China, Russia", "Filed under: World"
  /^(?:tagged|tags?|filed under|categories|category|topics?)\s*:.*$/i,
  // "Related:", "Read more: ...", "See also", "Advertisement", "Subscribe to our newsletter"
  /^(?:related(?: articles| stories| news)?\s*:?$|read more\b|see also\b|more from\b|advertisement$|sponsored(?: content)?$|subscribe\b|sign up\b|follow us\b|click here\b|skip to\b|loading\.*$|back to top$).*$/i,
  // "Copyright 2019 Reuters", "© 2021 AP", "All rights reserved."
  /^(?:copyright\b|©|\(c\) \d{4}|all rights reserved).*$/i,
  // "(Reporting by Andrew Osborn; Editing by Ed Osmond)", "Writing by ..."
  /^\(?(?:additional )?(?:reporting|editing|writing|compiled|translated) by\b.*$/i,
  // "Photo: Xinhua", "File photo", "Image caption ..."
  /^(?:photo|file photo|image|image caption|picture|video)(?: credit)?\s*[:|].*$/i,
  // "Posted by admin on ...", "Published: 17 Oct 2019", "Updated 3 hours ago"
  /^(?:posted|published|updated|last updated)(?:\s*:|\s+(?:by|on|at)\b|\s+\d|\s+\w+\s+ago\b)[^.!?]{0,60}$/i,
  // "By Jane Smith", "By Jane Smith, Reuters"
  /^by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? [A-Z][\w ]{0,30})?$/,
  // "Facebook", "Twitter", "WhatsApp" alone on a line
  /^(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|email|x|vk|weibo|wechat)$/i,
];

/** A line this short without closing punctuation, standing alone, is a site name or a label. */
export const STRAY_LINE_MAX_WORDS = 4;
