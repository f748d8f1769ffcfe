/// <reference path="../pb_data/types.d.ts" />
// A backup of the whole data folder every night at 02:30 (server time), the last 14 kept in
// <data>/backups/. Operators add S3-compatible storage in Settings > Backups (README, "Backups").

migrate(
  (app) => {
    const settings = app.settings();
    settings.backups.cron = '30 2 * * *';
    settings.backups.cronMaxKeep = 14;
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.backups.cron = '';
    settings.backups.cronMaxKeep = 3;
    app.save(settings);
  },
);
