-- The river figures (region_tally topic 'rivers') gain, per chief level, the completed patrols that count toward
-- the chief's duty (dimensions duty_<level>_on, kept where the chief holds the post), for the dashboard's patrol
-- duty: the topic is marked uncounted, so the next start counts it afresh from the patrols; until then readers
-- still see the patrol figures as they stand, and their changes wait for the count.
delete from region_tally_topic where topic = 'rivers';
