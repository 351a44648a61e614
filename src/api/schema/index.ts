import { builder } from '../builder.js';
import './system.js';

export const schema = builder.toSchema();
