import { builder } from '../builder.js';
import './refs.js';
import './system.js';
import './evidence.js';
import './country.js';
import './person.js';
import './organization.js';
import './event.js';
import './agreement.js';
import './quote.js';
import './article.js';
import './stats.js';
import './bilateral.js';
import './network.js';
import './search.js';

export const schema = builder.toSchema();
