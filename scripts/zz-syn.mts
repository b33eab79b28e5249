import { writeSyntheticContent } from './lib/synthetic.ts';
writeSyntheticContent('/tmp/b5k/content', 'content', Number(process.argv[2]), 42);
