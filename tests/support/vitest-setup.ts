import fc from 'fast-check';

// One seed for every property test, so a run on CI is the same run as on a developer's machine:
// a failure reproduces, and a green suite stays green. Change the seed on purpose to explore.
fc.configureGlobal({ seed: 20_261_201 });

// Every catalog of every supported language is loaded, as the CLI does (the pages load theirs).
import './catalogs';
