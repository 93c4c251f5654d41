DROP TABLE notify_targets;
