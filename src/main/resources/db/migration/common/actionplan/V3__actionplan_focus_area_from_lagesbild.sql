-- Which lägesbild a focus area came from, in words (period and hotspot cell), until lägesbild documents have ids.
alter table actionplan.problem add column source_situation text;
