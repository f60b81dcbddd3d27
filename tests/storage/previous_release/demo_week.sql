PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE organisation (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	timezone VARCHAR NOT NULL, 
	holiday_country VARCHAR NOT NULL, 
	extra_closures JSON NOT NULL, 
	coordinator VARCHAR NOT NULL, 
	rules JSON NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO organisation VALUES(1,'Sociaal Huis Gent - Dienst Gelijke Kansen','Europe/Brussels','BE','["2026-07-11", "2027-07-11"]','Sara De Smet, coördinator, 09 123 45 67','{"hard": {"min_rest_hours": 11, "travel_time_minutes": 30, "forbidden_successions": [["night", "morning"]]}, "weights": {"continuity": 10}}');
CREATE TABLE activity (
	id VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	site VARCHAR NOT NULL, 
	rrule VARCHAR NOT NULL, 
	start VARCHAR NOT NULL, 
	"end" VARCHAR NOT NULL, 
	season_from VARCHAR, 
	season_to VARCHAR, 
	open_on_holidays BOOLEAN NOT NULL, 
	professionals INTEGER NOT NULL, 
	qualifications JSON NOT NULL, 
	volunteers_min INTEGER NOT NULL, 
	volunteers_max INTEGER NOT NULL, 
	volunteers_per_professional_max INTEGER, 
	volunteers_allowed BOOLEAN NOT NULL, 
	min_people INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO activity VALUES('inloop-vm',0,'Inloopcentrum De Fontein (voormiddag)','drop_in','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR','09:00','12:30',NULL,NULL,0,1,'["social_worker"]',1,3,3,1,1);
INSERT INTO activity VALUES('inloop-nm',1,'Inloopcentrum De Fontein (namiddag)','drop_in','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR','13:30','17:00',NULL,NULL,0,1,'["social_worker"]',1,2,2,1,1);
INSERT INTO activity VALUES('spreekuur',2,'Spreekuur sociale dienst','consultation_hours','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','FREQ=WEEKLY;BYDAY=TU,TH','09:00','12:00',NULL,NULL,0,1,'["social_worker"]',0,0,NULL,0,1);
INSERT INTO activity VALUES('sociaal-restaurant',3,'Sociaal restaurant De Kombuis','social_restaurant','Sociaal restaurant De Kombuis, Wondelgemstraat 40, Gent','FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR','11:30','14:00',NULL,NULL,0,1,'["first_aid"]',3,6,6,1,1);
INSERT INTO activity VALUES('nachtopvang',4,'Nachtopvang De Vaart','night_shelter','Nachtopvang De Vaart, Wondelgemstraat 3, Gent','FREQ=DAILY','20:00','08:00','11-15','03-31',1,1,'["social_worker"]',1,2,2,1,2);
INSERT INTO activity VALUES('buurtwerk-rabot',5,'Buurtwerk Rabot','neighbourhood_work','Buurtpunt Rabot, Wondelgemstraat 21, Gent','FREQ=WEEKLY;BYDAY=MO,WE','13:00','17:00',NULL,NULL,0,1,'["community_worker"]',0,2,2,1,1);
INSERT INTO activity VALUES('jeugdwerk-straat',6,'Mobiel jeugdwelzijnswerk','outreach_youth_work','Jeugdpunt Sluizeken-Tolhuis, Sleepstraat 8, Gent','FREQ=WEEKLY;BYDAY=TU,WE,TH,FR','17:30','21:30',NULL,NULL,0,2,'["youth_worker"]',0,0,NULL,0,1);
INSERT INTO activity VALUES('huiswerkbegeleiding',7,'Huiswerkbegeleiding','homework_support','Buurtpunt Rabot, Wondelgemstraat 21, Gent','FREQ=WEEKLY;BYDAY=MO,TU,TH','16:00','18:00',NULL,NULL,0,1,'[]',2,6,4,1,1);
INSERT INTO activity VALUES('taalcafe',8,'Taalcafé','language_cafe','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','FREQ=WEEKLY;BYDAY=WE,SA','10:00','12:00',NULL,NULL,0,1,'[]',2,8,8,1,1);
INSERT INTO activity VALUES('zorgspreekuur',9,'Verpleegkundig spreekuur','consultation_hours','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','FREQ=WEEKLY;BYDAY=TU,TH','13:30','16:30',NULL,NULL,0,1,'["nurse"]',0,0,NULL,0,1);
INSERT INTO activity VALUES('buurtwerk-sluizeken',10,'Buurtwerk Sluizeken-Tolhuis','neighbourhood_work','Buurtpunt Sluizeken-Tolhuis, Sleepstraat 21, Gent','FREQ=WEEKLY;BYDAY=TU,TH','13:00','17:00',NULL,NULL,0,1,'["community_worker"]',0,2,2,1,1);
INSERT INTO activity VALUES('buurtwerk-brugse-poort',11,'Buurtwerk Brugse Poort','neighbourhood_work','Buurtpunt Brugse Poort, Bevrijdingslaan 21, Gent','FREQ=WEEKLY;BYDAY=WE,FR','09:30','12:30',NULL,NULL,0,1,'["community_worker"]',0,2,2,1,1);
INSERT INTO activity VALUES('arbeidszorg',12,'Arbeidszorg kringwinkel','work_care','Kringwinkel De Kombuis, Wondelgemstraat 44, Gent','FREQ=WEEKLY;BYDAY=MO,TU,TH','09:00','15:00',NULL,NULL,0,1,'[]',1,3,3,1,1);
CREATE TABLE person (
	id VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	qualifications JSON NOT NULL, 
	languages JSON NOT NULL, 
	hours_per_week FLOAT, 
	working_days JSON NOT NULL, 
	max_hours_per_day FLOAT, 
	max_shifts_per_week INTEGER, 
	max_shifts_per_month INTEGER, 
	offers JSON NOT NULL, 
	wants JSON NOT NULL, 
	refuses JSON NOT NULL, 
	home_activity VARCHAR, 
	email VARCHAR, 
	phone VARCHAR, 
	PRIMARY KEY (id)
);
INSERT INTO person VALUES('annelies.vanhove',0,'Annelies Vanhove','professional','["first_aid", "social_worker"]','["nl"]',38.0,'[0, 1, 2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','inloop-vm','annelies.vanhove@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('ivan.hasanov',1,'Ivan Hasanov','professional','["social_worker"]','["nl"]',19.0,'[0, 1, 2]',8.0,NULL,NULL,'[]','[]','[]','inloop-vm','ivan.hasanov@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('rita.de-meyer',2,'Rita De Meyer','professional','["social_worker"]','["nl"]',30.399999999999998579,'[0, 1, 2, 3]',8.0,NULL,NULL,'[]','[]','[]','inloop-nm','rita.de-meyer@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('lieven.claes',3,'Lieven Claes','professional','["first_aid", "social_worker"]','["en", "nl"]',24.0,'[2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','inloop-nm','lieven.claes@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('febe.van-landeghem',4,'Febe Van Landeghem','professional','["social_worker"]','["en", "fr", "nl"]',19.0,'[1, 2, 3]',8.0,NULL,NULL,'[]','[]','[]','spreekuur','febe.van-landeghem@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('marie.verhaeghe',5,'Marie Verhaeghe','professional','["community_worker", "first_aid"]','["nl"]',38.0,'[0, 1, 2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','sociaal-restaurant','marie.verhaeghe@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('an.smet',6,'An Smet','professional','["first_aid", "social_worker"]','["en", "nl"]',38.0,'[0, 1, 2, 3, 4, 5, 6]',12.0,NULL,NULL,'[]','[]','[]','nachtopvang','an.smet@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('arne.goossens',7,'Arne Goossens','professional','["social_worker"]','["nl"]',38.0,'[0, 1, 2, 3, 4, 5, 6]',12.0,NULL,NULL,'[]','[]','[]','nachtopvang','arne.goossens@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('jan.moens',8,'Jan Moens','professional','["first_aid", "social_worker"]','["en", "fr", "nl"]',30.399999999999998579,'[0, 1, 2, 3, 4, 5, 6]',12.0,NULL,NULL,'[]','[]','[]','nachtopvang','jan.moens@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('jef.michiels',9,'Jef Michiels','professional','["social_worker"]','["en", "fr", "nl"]',30.399999999999998579,'[0, 1, 2, 3, 4, 5, 6]',12.0,NULL,NULL,'[]','[]','[]','nachtopvang','jef.michiels@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('greet.dhondt',10,'Greet D''hondt','professional','["first_aid", "social_worker"]','["fr", "nl"]',24.0,'[0, 1, 2, 3, 4, 5, 6]',12.0,NULL,NULL,'[]','[]','[]','nachtopvang','greet.dhondt@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('nele.cools',11,'Nele Cools','professional','["social_worker"]','["fr", "nl"]',19.0,'[0, 1, 2, 3, 4, 5, 6]',12.0,NULL,NULL,'[]','[]','[]','nachtopvang','nele.cools@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('jan.cools',12,'Jan Cools','professional','["community_worker"]','["en", "fr", "nl"]',30.399999999999998579,'[0, 1, 2, 3]',8.0,NULL,NULL,'[]','[]','[]','buurtwerk-rabot','jan.cools@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('luc.claeys',13,'Luc Claeys','professional','["first_aid", "youth_worker"]','["fr", "nl"]',38.0,'[0, 1, 2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','jeugdwerk-straat','luc.claeys@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('antoine.lambert',14,'Antoine Lambert','professional','["youth_worker"]','["fr", "nl"]',38.0,'[1, 2, 3, 4, 5]',8.0,NULL,NULL,'[]','[]','[]','jeugdwerk-straat','antoine.lambert@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('koen.de-coster',15,'Koen De Coster','professional','["youth_worker"]','["nl"]',30.399999999999998579,'[1, 2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','jeugdwerk-straat','koen.de-coster@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('imane.azzouzi',16,'Imane Azzouzi','professional','["first_aid", "youth_worker"]','["ber", "nl"]',19.0,'[0, 1, 3, 5]',8.0,NULL,NULL,'[]','[]','[]','huiswerkbegeleiding','imane.azzouzi@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('esra.arslan',17,'Esra Arslan','professional','["community_worker", "first_aid"]','["nl"]',30.399999999999998579,'[1, 2, 3, 4, 5]',8.0,NULL,NULL,'[]','[]','[]','taalcafe','esra.arslan@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('hilde.van-damme',18,'Hilde Van Damme','professional','["social_worker"]','["fr", "nl"]',19.0,'[2, 3, 5]',8.0,NULL,NULL,'[]','[]','[]','taalcafe','hilde.van-damme@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('mieke.verbeke',19,'Mieke Verbeke','professional','["first_aid", "nurse"]','["nl"]',30.399999999999998579,'[0, 1, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','zorgspreekuur','mieke.verbeke@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('hilde.verstraete',20,'Hilde Verstraete','professional','["first_aid", "nurse"]','["fr", "nl"]',19.0,'[1, 2, 3]',8.0,NULL,NULL,'[]','[]','[]','zorgspreekuur','hilde.verstraete@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('murat.aydin',21,'Murat Aydın','professional','["community_worker"]','["nl"]',30.399999999999998579,'[1, 2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','buurtwerk-sluizeken','murat.aydin@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('iryna.bondarenko',22,'Iryna Bondarenko','professional','["community_worker", "first_aid"]','["en", "nl", "uk"]',24.0,'[0, 2, 4]',8.0,NULL,NULL,'[]','[]','[]','buurtwerk-brugse-poort','iryna.bondarenko@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('wim.coppens',23,'Wim Coppens','professional','["community_worker", "first_aid"]','["fr", "nl"]',30.399999999999998579,'[0, 1, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','arbeidszorg','wim.coppens@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('dirk.de-meyer',24,'Dirk De Meyer','professional','["first_aid", "social_worker"]','["en", "fr", "nl"]',38.0,'[0, 1, 2, 3, 4]',8.0,NULL,NULL,'[]','[]','[]','inloop-vm','dirk.de-meyer@sociaalhuis-gent.example',NULL);
INSERT INTO person VALUES('ivana.georgieva',25,'Ivana Georgieva','volunteer','[]','["nl", "tr"]',NULL,'[]',NULL,1,4,'[[0, "08:00", "12:30"], [4, "12:30", "18:00"]]','["inloop-vm"]','["nachtopvang"]','inloop-vm',NULL,NULL);
INSERT INTO person VALUES('hamid.rahimi',26,'Hamid Rahimi','volunteer','[]','["fa", "nl", "ps"]',NULL,'[]',NULL,2,6,'[]','["inloop-vm"]','[]','inloop-vm','hamid.rahimi@mail.example',NULL);
INSERT INTO person VALUES('griet.van-de-velde',27,'Griet Van de Velde','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[2, "09:00", "13:30"]]','["inloop-vm"]','[]','inloop-vm','griet.van-de-velde@mail.example','0470 85 76 36');
INSERT INTO person VALUES('wout.verbeke',28,'Wout Verbeke','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,1,3,'[]','["inloop-vm"]','["nachtopvang"]','inloop-vm',NULL,NULL);
INSERT INTO person VALUES('robbe.peeters',29,'Robbe Peeters','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,2,8,'[[4, "09:00", "13:30"], [0, "09:00", "13:00"], [1, "08:30", "15:30"]]','["inloop-vm", "nachtopvang"]','[]','inloop-vm','robbe.peeters@mail.example','0470 51 76 71');
INSERT INTO person VALUES('geert.claeys',30,'Geert Claeys','volunteer','[]','["nl"]',NULL,'[]',NULL,2,4,'[]','["buurtwerk-brugse-poort", "inloop-vm"]','[]','inloop-vm','geert.claeys@mail.example',NULL);
INSERT INTO person VALUES('katrien.verhaeghe',31,'Katrien Verhaeghe','volunteer','[]','["nl"]',NULL,'[]',NULL,2,4,'[[1, "08:00", "13:30"], [2, "08:00", "12:30"]]','["inloop-vm"]','["huiswerkbegeleiding"]','inloop-vm','katrien.verhaeghe@mail.example','0470 55 33 92');
INSERT INTO person VALUES('amelie.dupont',32,'Amélie Dupont','volunteer','["first_aid"]','["fr"]',NULL,'[]',NULL,2,6,'[[2, "08:30", "13:00"], [3, "09:00", "12:30"]]','["inloop-vm"]','[]','inloop-vm','amelie.dupont@mail.example','0470 97 81 83');
INSERT INTO person VALUES('helen.haile',33,'Helen Haile','volunteer','[]','["nl"]',NULL,'[]',NULL,2,8,'[]','["inloop-vm"]','[]','inloop-vm','helen.haile@mail.example','0470 74 97 42');
INSERT INTO person VALUES('febe.verhaeghe',34,'Febe Verhaeghe','volunteer','["first_aid"]','["en", "nl"]',NULL,'[]',NULL,3,9,'[[4, "08:00", "12:30"], [0, "08:30", "13:00"], [1, "08:30", "13:30"]]','["inloop-vm"]','[]','inloop-vm','febe.verhaeghe@mail.example','0470 26 76 55');
INSERT INTO person VALUES('seppe.declercq',35,'Seppe Declercq','volunteer','["first_aid"]','["en", "nl"]',NULL,'[]',NULL,1,3,'[[0, "08:00", "12:30"], [1, "09:00", "12:30"], [2, "08:00", "12:30"]]','["inloop-vm"]','[]','inloop-vm','seppe.declercq@mail.example','0470 71 63 43');
INSERT INTO person VALUES('patrick.mukendi',36,'Patrick Mukendi','volunteer','[]','["fr", "ln", "nl"]',NULL,'[]',NULL,1,4,'[[1, "08:00", "13:30"], [2, "08:00", "13:00"], [1, "13:30", "18:00"]]','["inloop-vm"]','["nachtopvang"]','inloop-vm','patrick.mukendi@mail.example',NULL);
INSERT INTO person VALUES('dirk.vandenberghe',37,'Dirk Vandenberghe','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[2, "08:00", "13:30"], [3, "08:30", "12:30"], [4, "09:00", "13:30"]]','["inloop-vm"]','["nachtopvang"]','inloop-vm','dirk.vandenberghe@mail.example','0470 32 20 48');
INSERT INTO person VALUES('rita.verstraete',38,'Rita Verstraete','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,3,6,'[[3, "08:00", "12:30"], [4, "08:30", "13:00"], [0, "08:00", "13:30"]]','["inloop-vm"]','["nachtopvang"]','inloop-vm','rita.verstraete@mail.example','0470 85 94 34');
INSERT INTO person VALUES('sofie.van-damme',39,'Sofie Van Damme','volunteer','["first_aid"]','["en", "fr", "nl"]',NULL,'[]',NULL,3,6,'[[4, "08:00", "13:30"], [0, "08:30", "13:00"], [1, "08:30", "13:30"], [0, "08:00", "15:00"]]','["inloop-vm", "sociaal-restaurant"]','[]','inloop-vm','sofie.van-damme@mail.example','0470 37 78 29');
INSERT INTO person VALUES('joris.willems',40,'Joris Willems','volunteer','["first_aid"]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[]','["inloop-vm"]','["buurtwerk-brugse-poort"]','inloop-vm','joris.willems@mail.example',NULL);
INSERT INTO person VALUES('bilal.bakkali',41,'Bilal Bakkali','volunteer','[]','["ar", "fr", "nl"]',NULL,'[]',NULL,2,6,'[[0, "13:30", "17:30"], [1, "13:00", "18:00"]]','["inloop-nm"]','[]','inloop-nm','bilal.bakkali@mail.example','0470 98 54 54');
INSERT INTO person VALUES('lander.stevens',42,'Lander Stevens','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,2,8,'[[1, "13:00", "17:30"], [2, "13:30", "17:30"], [3, "13:00", "17:30"], [3, "08:30", "15:00"]]','["inloop-nm"]','["nachtopvang"]','inloop-nm','lander.stevens@mail.example',NULL);
INSERT INTO person VALUES('youssef.benali',43,'Youssef Benali','volunteer','[]','["nl"]',NULL,'[]',NULL,2,8,'[[2, "13:00", "17:30"], [3, "12:30", "17:30"], [1, "12:00", "18:00"]]','["inloop-nm"]','[]','inloop-nm','youssef.benali@mail.example',NULL);
INSERT INTO person VALUES('sara.aerts',44,'Sara Aerts','volunteer','[]','["nl"]',NULL,'[]',NULL,3,9,'[]','["buurtwerk-brugse-poort", "inloop-nm"]','[]','inloop-nm','sara.aerts@mail.example',NULL);
INSERT INTO person VALUES('yonas.haile',45,'Yonas Haile','volunteer','[]','["en"]',NULL,'[]',NULL,1,4,'[[4, "13:30", "18:00"], [0, "13:00", "18:00"]]','["inloop-nm"]','["buurtwerk-brugse-poort", "nachtopvang"]','inloop-nm','yonas.haile@mail.example','0470 70 94 94');
INSERT INTO person VALUES('marie.de-wilde',46,'Marie De Wilde','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,3,9,'[]','["inloop-nm"]','["nachtopvang"]','inloop-nm','marie.de-wilde@mail.example','0470 61 48 37');
INSERT INTO person VALUES('febe.desmet',47,'Febe Desmet','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,2,8,'[[1, "13:00", "18:00"], [2, "13:30", "18:00"]]','["inloop-nm"]','[]','inloop-nm','febe.desmet@mail.example',NULL);
INSERT INTO person VALUES('amelie.lambert',48,'Amélie Lambert','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[2, "12:30", "17:00"], [3, "13:00", "18:00"]]','["inloop-nm"]','[]','inloop-nm','amelie.lambert@mail.example',NULL);
INSERT INTO person VALUES('brecht.moens',49,'Brecht Moens','volunteer','[]','["nl"]',NULL,'[]',NULL,1,4,'[[3, "13:00", "17:30"]]','["huiswerkbegeleiding", "inloop-nm"]','[]','inloop-nm','brecht.moens@mail.example',NULL);
INSERT INTO person VALUES('nadia.bakkali',50,'Nadia Bakkali','volunteer','["first_aid"]','["ar", "ber", "fr", "nl"]',NULL,'[]',NULL,1,3,'[[4, "13:00", "18:00"]]','["inloop-nm", "taalcafe"]','["nachtopvang"]','inloop-nm','nadia.bakkali@mail.example',NULL);
INSERT INTO person VALUES('loubna.azzouzi',51,'Loubna Azzouzi','volunteer','[]','["ar", "ber", "fr", "nl"]',NULL,'[]',NULL,3,6,'[[0, "13:30", "17:00"], [1, "13:30", "17:00"], [2, "12:30", "17:30"], [4, "19:30", "09:00"]]','["inloop-nm"]','[]','inloop-nm','loubna.azzouzi@mail.example',NULL);
INSERT INTO person VALUES('julie.lambert',52,'Julie Lambert','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,1,2,'[[1, "13:30", "17:00"], [2, "13:30", "18:00"]]','["inloop-nm"]','[]','inloop-nm',NULL,NULL);
INSERT INTO person VALUES('frank.de-backer',53,'Frank De Backer','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,3,'[[2, "13:30", "17:00"], [3, "13:30", "18:00"], [4, "13:30", "17:30"]]','["inloop-nm"]','[]','inloop-nm','frank.de-backer@mail.example',NULL);
INSERT INTO person VALUES('marie.pauwels',54,'Marie Pauwels','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,4,'[[3, "13:30", "17:00"], [4, "12:30", "17:00"], [2, "08:30", "13:30"]]','["inloop-nm"]','[]','inloop-nm','marie.pauwels@mail.example','0470 31 78 42');
INSERT INTO person VALUES('sara.maes',55,'Sara Maes','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,6,'[[4, "13:00", "17:00"], [0, "13:00", "18:00"]]','["inloop-nm"]','[]','inloop-nm','sara.maes@mail.example',NULL);
INSERT INTO person VALUES('ward.mertens',56,'Ward Mertens','volunteer','[]','["nl"]',NULL,'[]',NULL,1,2,'[[0, "13:00", "18:00"], [1, "13:30", "18:00"]]','["buurtwerk-rabot", "inloop-nm"]','[]','inloop-nm','ward.mertens@mail.example','0470 76 31 77');
INSERT INTO person VALUES('jonas.hermans',57,'Jonas Hermans','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,1,2,'[[0, "11:00", "14:00"], [1, "11:30", "14:00"], [2, "11:30", "14:30"]]','["huiswerkbegeleiding", "sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','jonas.hermans@mail.example',NULL);
INSERT INTO person VALUES('mohamed.haddouchi',58,'Mohamed Haddouchi','volunteer','[]','["ar", "fr", "nl"]',NULL,'[]',NULL,3,10,'[[1, "11:30", "15:00"], [2, "10:30", "14:30"], [3, "11:30", "14:30"], [2, "13:00", "18:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','mohamed.haddouchi@mail.example',NULL);
INSERT INTO person VALUES('joris.de-meyer',59,'Joris De Meyer','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[2, "11:30", "14:00"], [3, "11:00", "14:30"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','joris.de-meyer@mail.example','0470 92 93 31');
INSERT INTO person VALUES('jan.verhaeghe',60,'Jan Verhaeghe','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,3,10,'[[3, "11:00", "15:00"], [4, "11:30", "15:00"], [0, "11:00", "14:00"]]','["inloop-vm", "sociaal-restaurant"]','["arbeidszorg"]','sociaal-restaurant','jan.verhaeghe@mail.example',NULL);
INSERT INTO person VALUES('robbe.stevens',61,'Robbe Stevens','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,2,'[[4, "11:00", "15:00"], [0, "10:30", "14:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','robbe.stevens@mail.example',NULL);
INSERT INTO person VALUES('amelie.renard',62,'Amélie Renard','volunteer','[]','["fr"]',NULL,'[]',NULL,1,2,'[[0, "11:30", "14:30"], [1, "11:00", "14:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','amelie.renard@mail.example',NULL);
INSERT INTO person VALUES('an.van-de-velde',63,'An Van de Velde','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[1, "11:00", "14:30"], [2, "11:00", "14:00"], [3, "11:30", "15:00"]]','["huiswerkbegeleiding", "sociaal-restaurant"]','[]','sociaal-restaurant','an.van-de-velde@mail.example','0470 22 39 59');
INSERT INTO person VALUES('wout.baert',64,'Wout Baert','volunteer','["first_aid"]','["en", "fr", "nl"]',NULL,'[]',NULL,2,8,'[[2, "10:30", "14:30"], [3, "11:00", "14:30"], [4, "11:30", "14:00"]]','["buurtwerk-rabot", "sociaal-restaurant"]','[]','sociaal-restaurant',NULL,NULL);
INSERT INTO person VALUES('hamza.azzouzi',65,'Hamza Azzouzi','volunteer','[]','["ber", "nl"]',NULL,'[]',NULL,2,6,'[[3, "10:30", "15:00"], [4, "10:30", "14:30"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','hamza.azzouzi@mail.example',NULL);
INSERT INTO person VALUES('ivana.hasanova',66,'Ivana Hasanova','volunteer','["first_aid"]','["tr"]',NULL,'[]',NULL,2,4,'[[4, "11:30", "14:30"], [0, "10:30", "14:30"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','ivana.hasanova@mail.example','0470 25 68 86');
INSERT INTO person VALUES('els.wouters',67,'Els Wouters','volunteer','[]','["nl"]',NULL,'[]',NULL,2,6,'[[0, "10:30", "14:00"], [1, "11:30", "15:00"]]','["sociaal-restaurant"]','["huiswerkbegeleiding", "nachtopvang"]','sociaal-restaurant',NULL,'0470 80 64 26');
INSERT INTO person VALUES('robbe.verbeke',68,'Robbe Verbeke','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,2,'[[1, "10:30", "14:00"], [2, "11:30", "14:30"], [2, "12:30", "17:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','robbe.verbeke@mail.example','0470 65 23 98');
INSERT INTO person VALUES('greet.maes',69,'Greet Maes','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,8,'[[2, "10:30", "15:00"], [3, "11:00", "14:00"], [4, "10:30", "15:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','greet.maes@mail.example',NULL);
INSERT INTO person VALUES('luc.smet',70,'Luc Smet','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,6,'[[3, "11:30", "15:00"], [4, "11:30", "14:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','luc.smet@mail.example','0470 64 88 69');
INSERT INTO person VALUES('francois.dubois',71,'François Dubois','volunteer','[]','["nl"]',NULL,'[]',NULL,3,9,'[[4, "10:30", "14:30"], [0, "10:30", "14:30"], [1, "11:00", "14:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','francois.dubois@mail.example',NULL);
INSERT INTO person VALUES('sevgi.hasanova',72,'Sevgi Hasanova','volunteer','[]','["nl"]',NULL,'[]',NULL,1,3,'[[0, "11:00", "15:00"], [1, "11:00", "14:00"], [2, "11:30", "14:00"], [0, "12:30", "18:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','sevgi.hasanova@mail.example','0470 63 39 24');
INSERT INTO person VALUES('mohamed.benali',73,'Mohamed Benali','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,6,'[]','["sociaal-restaurant"]','[]','sociaal-restaurant','mohamed.benali@mail.example','0470 96 66 34');
INSERT INTO person VALUES('zahra.noori',74,'Zahra Noori','volunteer','[]','["fa", "nl"]',NULL,'[]',NULL,1,3,'[[2, "11:00", "15:00"]]','["sociaal-restaurant"]','["inloop-vm"]','sociaal-restaurant','zahra.noori@mail.example','0470 44 69 77');
INSERT INTO person VALUES('nicolas.dupont',75,'Nicolas Dupont','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,6,'[]','["buurtwerk-brugse-poort", "sociaal-restaurant"]','[]','sociaal-restaurant','nicolas.dupont@mail.example',NULL);
INSERT INTO person VALUES('brecht.aerts',76,'Brecht Aerts','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[4, "10:30", "14:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','brecht.aerts@mail.example','0470 92 70 56');
INSERT INTO person VALUES('greet.de-clercq',77,'Greet De Clercq','volunteer','["first_aid"]','["fr", "nl"]',NULL,'[]',NULL,3,10,'[[0, "10:30", "14:00"], [1, "10:30", "14:30"], [2, "11:30", "15:00"], [2, "08:30", "13:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant',NULL,NULL);
INSERT INTO person VALUES('lotte.van-damme',78,'Lotte Van Damme','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,4,'[[1, "11:00", "14:00"], [2, "11:30", "15:00"], [0, "08:30", "15:00"]]','["sociaal-restaurant", "taalcafe"]','["nachtopvang"]','sociaal-restaurant','lotte.van-damme@mail.example',NULL);
INSERT INTO person VALUES('marie.van-landeghem',79,'Marie Van Landeghem','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,8,'[[2, "11:00", "14:00"], [3, "10:30", "14:30"]]','["sociaal-restaurant"]','[]','sociaal-restaurant',NULL,NULL);
INSERT INTO person VALUES('fien.van-acker',80,'Fien Van Acker','volunteer','["first_aid"]','["en"]',NULL,'[]',NULL,2,6,'[[3, "11:30", "14:00"], [4, "11:00", "14:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant',NULL,'0470 32 60 92');
INSERT INTO person VALUES('hilde.de-paepe',81,'Hilde De Paepe','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,6,'[[4, "10:30", "14:30"], [0, "11:30", "14:00"], [1, "11:00", "14:30"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','hilde.de-paepe@mail.example',NULL);
INSERT INTO person VALUES('patrick.tshibangu',82,'Patrick Tshibangu','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,4,'[]','["buurtwerk-rabot", "sociaal-restaurant"]','[]','sociaal-restaurant',NULL,NULL);
INSERT INTO person VALUES('salma.el-amrani',83,'Salma El Amrani','volunteer','[]','["ar", "ber", "nl"]',NULL,'[]',NULL,2,4,'[[1, "10:30", "14:30"], [2, "11:00", "14:00"], [3, "11:30", "15:00"]]','["inloop-vm", "sociaal-restaurant"]','["buurtwerk-sluizeken"]','sociaal-restaurant',NULL,'0470 96 44 11');
INSERT INTO person VALUES('yasmina.bakkali',84,'Yasmina Bakkali','volunteer','["first_aid"]','["ber", "nl"]',NULL,'[]',NULL,3,10,'[[2, "10:30", "14:00"], [3, "11:00", "14:30"], [4, "11:00", "14:00"], [4, "12:30", "18:00"]]','["arbeidszorg", "sociaal-restaurant"]','["inloop-vm", "nachtopvang"]','sociaal-restaurant','yasmina.bakkali@mail.example','0470 12 72 16');
INSERT INTO person VALUES('mehmet.arslan',85,'Mehmet Arslan','volunteer','[]','["nl"]',NULL,'[]',NULL,1,4,'[[3, "11:30", "14:00"], [4, "11:00", "14:30"], [2, "08:00", "13:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','mehmet.arslan@mail.example','0470 23 49 61');
INSERT INTO person VALUES('tom.claes',86,'Tom Claes','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,2,4,'[]','["sociaal-restaurant"]','["inloop-vm"]','sociaal-restaurant','tom.claes@mail.example',NULL);
INSERT INTO person VALUES('hasan.ivanov',87,'Hasan Ivanov','volunteer','[]','["bg", "nl", "tr"]',NULL,'[]',NULL,2,4,'[[0, "11:30", "14:30"], [1, "11:00", "14:00"]]','["nachtopvang", "sociaal-restaurant"]','[]','sociaal-restaurant','hasan.ivanov@mail.example','0470 73 87 32');
INSERT INTO person VALUES('lieven.jacobs',88,'Lieven Jacobs','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,2,'[[1, "11:30", "14:30"]]','["buurtwerk-sluizeken", "sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant',NULL,NULL);
INSERT INTO person VALUES('sofie.de-meyer',89,'Sofie De Meyer','volunteer','[]','["nl"]',NULL,'[]',NULL,1,3,'[[2, "11:30", "14:30"], [3, "11:00", "14:00"]]','["buurtwerk-brugse-poort", "sociaal-restaurant"]','[]','sociaal-restaurant','sofie.de-meyer@mail.example','0470 42 80 21');
INSERT INTO person VALUES('koen.verbeke',90,'Koen Verbeke','volunteer','[]','["nl"]',NULL,'[]',NULL,3,10,'[[3, "11:30", "15:00"], [4, "11:00", "14:30"], [0, "11:30", "15:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','koen.verbeke@mail.example',NULL);
INSERT INTO person VALUES('shabnam.noori',91,'Shabnam Noori','volunteer','[]','["fa", "nl", "ps"]',NULL,'[]',NULL,1,2,'[[4, "10:30", "14:00"], [0, "10:30", "15:00"], [1, "10:30", "15:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','shabnam.noori@mail.example','0470 48 25 50');
INSERT INTO person VALUES('veerle.de-smet',92,'Veerle De Smet','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,4,'[[0, "11:00", "15:00"], [1, "11:00", "15:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant',NULL,'0470 14 92 75');
INSERT INTO person VALUES('marleen.stevens',93,'Marleen Stevens','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[1, "11:30", "14:30"], [2, "11:30", "14:00"], [3, "11:30", "14:00"], [3, "12:30", "17:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','marleen.stevens@mail.example','0470 56 25 16');
INSERT INTO person VALUES('soufiane.el-amrani',94,'Soufiane El Amrani','volunteer','["first_aid"]','["ar"]',NULL,'[]',NULL,3,10,'[[2, "11:30", "15:00"], [3, "11:30", "14:00"], [4, "11:00", "14:00"], [2, "09:00", "12:30"]]','["arbeidszorg", "sociaal-restaurant"]','[]','sociaal-restaurant','soufiane.el-amrani@mail.example','0470 19 15 34');
INSERT INTO person VALUES('olena.kovalenko',95,'Olena Kovalenko','volunteer','["first_aid"]','["en", "nl", "ru", "uk"]',NULL,'[]',NULL,2,4,'[[3, "11:30", "14:30"], [4, "10:30", "14:00"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','olena.kovalenko@mail.example',NULL);
INSERT INTO person VALUES('lies.smet',96,'Lies Smet','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,2,'[[4, "11:30", "14:30"], [0, "10:30", "14:30"], [1, "11:00", "14:30"], [2, "09:00", "13:00"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','lies.smet@mail.example','0470 19 91 30');
INSERT INTO person VALUES('celine.renard',97,'Céline Renard','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,1,4,'[[0, "11:00", "14:00"], [1, "11:00", "15:00"], [2, "11:00", "14:00"], [2, "12:00", "17:30"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','celine.renard@mail.example','0470 43 99 38');
INSERT INTO person VALUES('shabnam.karimi',98,'Shabnam Karimi','volunteer','[]','["en", "fa", "nl", "ps"]',NULL,'[]',NULL,1,4,'[[1, "11:00", "14:30"], [2, "11:00", "14:30"], [3, "10:30", "14:30"]]','["buurtwerk-rabot", "sociaal-restaurant"]','["buurtwerk-brugse-poort"]','sociaal-restaurant',NULL,NULL);
INSERT INTO person VALUES('emma.vanhove',99,'Emma Vanhove','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,4,'[[2, "11:00", "15:00"]]','["buurtwerk-rabot", "sociaal-restaurant"]','[]','sociaal-restaurant','emma.vanhove@mail.example','0470 83 52 41');
INSERT INTO person VALUES('anas.bakkali',100,'Anas Bakkali','volunteer','[]','["ar", "ber", "fr", "nl"]',NULL,'[]',NULL,2,8,'[[3, "10:30", "14:00"], [4, "11:30", "14:00"], [0, "10:30", "14:00"], [3, "09:00", "13:30"]]','["sociaal-restaurant"]','[]','sociaal-restaurant','anas.bakkali@mail.example',NULL);
INSERT INTO person VALUES('pieter.de-paepe',101,'Pieter De Paepe','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,3,'[[4, "11:00", "14:30"], [0, "11:00", "14:30"], [1, "11:00", "14:00"], [0, "12:30", "17:30"]]','["sociaal-restaurant"]','["nachtopvang"]','sociaal-restaurant','pieter.de-paepe@mail.example',NULL);
INSERT INTO person VALUES('helen.berhane',102,'Helen Berhane','volunteer','[]','["nl"]',NULL,'[]',NULL,2,6,'[[0, "11:30", "14:00"], [1, "10:30", "15:00"]]','["sociaal-restaurant"]','["buurtwerk-brugse-poort", "nachtopvang"]','sociaal-restaurant',NULL,'0470 31 69 21');
INSERT INTO person VALUES('hilde.mertens',103,'Hilde Mertens','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,6,'[]','["nachtopvang"]','[]','nachtopvang','hilde.mertens@mail.example','0470 88 33 17');
INSERT INTO person VALUES('lotte.de-meyer',104,'Lotte De Meyer','volunteer','[]','["fr"]',NULL,'[]',NULL,1,4,'[[1, "19:30", "08:00"], [2, "19:30", "08:00"]]','["nachtopvang"]','[]','nachtopvang','lotte.de-meyer@mail.example','0470 46 62 14');
INSERT INTO person VALUES('hatice.ozturk',105,'Hatice Öztürk','volunteer','[]','["nl"]',NULL,'[]',NULL,2,6,'[[2, "20:00", "08:30"], [3, "19:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang','hatice.ozturk@mail.example',NULL);
INSERT INTO person VALUES('kato.de-backer',106,'Kato De Backer','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,2,8,'[[3, "19:30", "09:00"], [4, "19:00", "08:00"]]','["nachtopvang"]','[]','nachtopvang',NULL,'0470 17 24 83');
INSERT INTO person VALUES('loubna.el-khattabi',107,'Loubna El Khattabi','volunteer','[]','["en"]',NULL,'[]',NULL,1,2,'[[4, "19:30", "08:30"], [5, "19:00", "09:00"], [0, "11:30", "14:30"]]','["nachtopvang"]','[]','nachtopvang',NULL,'0470 93 18 80');
INSERT INTO person VALUES('amelie.simon',108,'Amélie Simon','volunteer','[]','["nl"]',NULL,'[]',NULL,1,4,'[[5, "20:00", "08:30"], [6, "20:00", "08:00"]]','["buurtwerk-sluizeken", "nachtopvang"]','[]','nachtopvang',NULL,'0470 77 51 46');
INSERT INTO person VALUES('arne.declercq',109,'Arne Declercq','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,4,'[[6, "19:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang','arne.declercq@mail.example','0470 78 44 51');
INSERT INTO person VALUES('dawit.tesfay',110,'Dawit Tesfay','volunteer','[]','["nl"]',NULL,'[]',NULL,1,2,'[[0, "19:30", "08:00"], [1, "20:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang','dawit.tesfay@mail.example',NULL);
INSERT INTO person VALUES('koen.baert',111,'Koen Baert','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[1, "19:30", "08:00"]]','["nachtopvang"]','[]','nachtopvang',NULL,NULL);
INSERT INTO person VALUES('francois.leclercq',112,'François Leclercq','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,4,'[[2, "20:00", "09:00"], [3, "19:30", "08:00"]]','["huiswerkbegeleiding", "nachtopvang"]','["buurtwerk-brugse-poort"]','nachtopvang',NULL,'0470 44 34 84');
INSERT INTO person VALUES('junior.ilunga',113,'Junior Ilunga','volunteer','["first_aid"]','["ln", "nl"]',NULL,'[]',NULL,1,3,'[[3, "19:30", "08:30"], [4, "19:00", "08:00"]]','["huiswerkbegeleiding", "nachtopvang"]','[]','nachtopvang',NULL,NULL);
INSERT INTO person VALUES('fien.vandenberghe',114,'Fien Vandenberghe','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[4, "19:00", "09:00"], [5, "19:30", "09:00"], [6, "20:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang','fien.vandenberghe@mail.example',NULL);
INSERT INTO person VALUES('arne.pauwels',115,'Arne Pauwels','volunteer','[]','["nl"]',NULL,'[]',NULL,1,3,'[[5, "19:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang',NULL,NULL);
INSERT INTO person VALUES('dmytro.tkachenko',116,'Dmytro Tkachenko','volunteer','[]','["nl", "ru", "uk"]',NULL,'[]',NULL,2,4,'[]','["nachtopvang"]','[]','nachtopvang','dmytro.tkachenko@mail.example','0470 76 35 62');
INSERT INTO person VALUES('julie.simon',117,'Julie Simon','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,4,'[]','["nachtopvang", "sociaal-restaurant"]','[]','nachtopvang','julie.simon@mail.example','0470 15 70 72');
INSERT INTO person VALUES('lander.vandenberghe',118,'Lander Vandenberghe','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,4,'[[1, "19:00", "09:00"], [2, "20:00", "09:00"], [3, "20:00", "09:00"]]','["nachtopvang"]','["inloop-nm"]','nachtopvang','lander.vandenberghe@mail.example',NULL);
INSERT INTO person VALUES('helen.gebremedhin',119,'Helen Gebremedhin','volunteer','["first_aid"]','["en", "nl", "ti"]',NULL,'[]',NULL,1,2,'[[2, "20:00", "08:30"], [3, "19:30", "08:30"], [4, "19:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang',NULL,'0470 27 80 72');
INSERT INTO person VALUES('liesbeth.de-clercq',120,'Liesbeth De Clercq','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,3,6,'[[3, "19:00", "08:30"], [4, "19:30", "08:00"], [5, "19:00", "08:00"], [0, "13:00", "17:00"]]','["nachtopvang"]','["arbeidszorg"]','nachtopvang','liesbeth.de-clercq@mail.example',NULL);
INSERT INTO person VALUES('youssef.haddouchi',121,'Youssef Haddouchi','volunteer','[]','["ar", "ber", "nl"]',NULL,'[]',NULL,2,6,'[[4, "19:30", "08:00"], [5, "19:00", "08:30"], [6, "20:00", "08:00"]]','["nachtopvang"]','["huiswerkbegeleiding"]','nachtopvang',NULL,'0470 96 97 59');
INSERT INTO person VALUES('febe.van-hecke',122,'Febe Van Hecke','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,4,'[[5, "20:00", "08:30"]]','["nachtopvang", "taalcafe"]','["buurtwerk-brugse-poort"]','nachtopvang','febe.van-hecke@mail.example','0470 21 90 75');
INSERT INTO person VALUES('an.declercq',123,'An Declercq','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[6, "19:00", "08:00"], [0, "20:00", "08:30"]]','["nachtopvang"]','[]','nachtopvang','an.declercq@mail.example','0470 88 14 76');
INSERT INTO person VALUES('katrien.aerts',124,'Katrien Aerts','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,3,'[[0, "19:00", "08:30"], [1, "11:00", "14:30"]]','["nachtopvang", "taalcafe"]','[]','nachtopvang','katrien.aerts@mail.example','0470 94 54 20');
INSERT INTO person VALUES('ine.de-wilde',125,'Ine De Wilde','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,3,10,'[[1, "19:00", "09:00"], [2, "20:00", "08:30"], [3, "20:00", "09:00"], [1, "12:00", "18:00"]]','["nachtopvang"]','["buurtwerk-rabot"]','nachtopvang',NULL,NULL);
INSERT INTO person VALUES('geert.desmet',126,'Geert Desmet','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,4,'[[2, "19:00", "09:00"], [3, "19:30", "08:30"], [2, "09:00", "13:00"]]','["nachtopvang", "taalcafe"]','[]','nachtopvang','geert.desmet@mail.example','0470 13 74 11');
INSERT INTO person VALUES('veerle.van-de-velde',127,'Veerle Van de Velde','volunteer','[]','["fr"]',NULL,'[]',NULL,1,3,'[[3, "19:30", "08:00"], [4, "19:30", "08:30"]]','["nachtopvang"]','[]','nachtopvang','veerle.van-de-velde@mail.example',NULL);
INSERT INTO person VALUES('katrien.martens',128,'Katrien Martens','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,3,'[[4, "19:30", "08:00"]]','["nachtopvang"]','[]','nachtopvang','katrien.martens@mail.example',NULL);
INSERT INTO person VALUES('hatice.yilmaz',129,'Hatice Yilmaz','volunteer','[]','["nl", "tr"]',NULL,'[]',NULL,2,8,'[]','["nachtopvang"]','[]','nachtopvang','hatice.yilmaz@mail.example','0470 30 85 86');
INSERT INTO person VALUES('bilal.haddouchi',130,'Bilal Haddouchi','volunteer','[]','["ar", "fr", "nl"]',NULL,'[]',NULL,1,3,'[]','["nachtopvang"]','[]','nachtopvang',NULL,NULL);
INSERT INTO person VALUES('dirk.bogaert',131,'Dirk Bogaert','volunteer','[]','["nl"]',NULL,'[]',NULL,1,3,'[[0, "19:30", "09:00"]]','["nachtopvang"]','["huiswerkbegeleiding"]','nachtopvang','dirk.bogaert@mail.example',NULL);
INSERT INTO person VALUES('marleen.van-de-velde',132,'Marleen Van de Velde','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,2,6,'[[1, "19:30", "08:00"], [2, "19:30", "08:30"], [3, "19:30", "08:30"]]','["buurtwerk-rabot", "nachtopvang"]','[]','nachtopvang','marleen.van-de-velde@mail.example',NULL);
INSERT INTO person VALUES('karim.el-amrani',133,'Karim El Amrani','volunteer','[]','["ber", "nl"]',NULL,'[]',NULL,1,2,'[[2, "20:00", "08:00"], [3, "19:30", "09:00"], [2, "08:00", "13:30"]]','["nachtopvang"]','[]','nachtopvang','karim.el-amrani@mail.example',NULL);
INSERT INTO person VALUES('arne.vanhove',134,'Arne Vanhove','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,8,'[[3, "19:30", "08:00"], [4, "19:30", "08:30"]]','["nachtopvang"]','[]','nachtopvang','arne.vanhove@mail.example',NULL);
INSERT INTO person VALUES('salma.ouali',135,'Salma Ouali','volunteer','[]','["ar", "fr", "nl"]',NULL,'[]',NULL,1,3,'[[4, "20:00", "08:00"], [3, "11:30", "14:30"]]','["nachtopvang"]','[]','nachtopvang',NULL,NULL);
INSERT INTO person VALUES('emma.stevens',136,'Emma Stevens','volunteer','[]','["nl"]',NULL,'[]',NULL,1,3,'[[5, "19:00", "09:00"]]','["nachtopvang"]','["buurtwerk-rabot"]','nachtopvang','emma.stevens@mail.example',NULL);
INSERT INTO person VALUES('oleksandr.bondarenko',137,'Oleksandr Bondarenko','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,4,'[[0, "12:30", "17:30"], [1, "08:00", "16:00"]]','["arbeidszorg", "buurtwerk-rabot"]','["nachtopvang"]','buurtwerk-rabot',NULL,'0470 86 73 42');
INSERT INTO person VALUES('bart.verhaeghe',138,'Bart Verhaeghe','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,3,'[[2, "12:30", "17:00"], [0, "12:30", "17:00"]]','["buurtwerk-rabot"]','["arbeidszorg", "nachtopvang"]','buurtwerk-rabot','bart.verhaeghe@mail.example','0470 15 42 86');
INSERT INTO person VALUES('katrien.seghers',139,'Katrien Seghers','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[0, "12:00", "17:00"], [2, "12:30", "18:00"]]','["buurtwerk-rabot"]','["nachtopvang"]','buurtwerk-rabot','katrien.seghers@mail.example',NULL);
INSERT INTO person VALUES('zeynep.ozturk',140,'Zeynep Öztürk','volunteer','[]','["nl", "tr"]',NULL,'[]',NULL,1,4,'[[2, "12:00", "17:30"]]','["buurtwerk-rabot"]','["nachtopvang"]','buurtwerk-rabot','zeynep.ozturk@mail.example','0470 80 21 66');
INSERT INTO person VALUES('tom.martens',141,'Tom Martens','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,6,'[[0, "12:00", "17:30"], [2, "13:00", "17:00"]]','["buurtwerk-rabot"]','["nachtopvang"]','buurtwerk-rabot','tom.martens@mail.example','0470 35 14 14');
INSERT INTO person VALUES('wim.de-paepe',142,'Wim De Paepe','volunteer','["first_aid"]','["nl"]',NULL,'[]',NULL,3,10,'[[2, "12:30", "17:30"], [0, "12:00", "18:00"]]','["buurtwerk-rabot", "inloop-nm"]','["nachtopvang", "sociaal-restaurant"]','buurtwerk-rabot','wim.de-paepe@mail.example',NULL);
INSERT INTO person VALUES('jonas.lambrecht',143,'Jonas Lambrecht','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,3,6,'[[0, "15:30", "18:30"], [1, "16:00", "19:00"], [3, "15:00", "18:30"]]','["huiswerkbegeleiding"]','["nachtopvang"]','huiswerkbegeleiding','jonas.lambrecht@mail.example',NULL);
INSERT INTO person VALUES('geert.michiels',144,'Geert Michiels','volunteer','["first_aid"]','["en", "nl"]',NULL,'[]',NULL,1,2,'[[1, "16:00", "18:00"], [3, "16:00", "18:00"], [0, "16:00", "18:00"]]','["buurtwerk-sluizeken", "huiswerkbegeleiding"]','[]','huiswerkbegeleiding','geert.michiels@mail.example','0470 82 91 39');
INSERT INTO person VALUES('imane.el-idrissi',145,'Imane El Idrissi','volunteer','["first_aid"]','["ar", "ber", "nl"]',NULL,'[]',NULL,2,4,'[]','["huiswerkbegeleiding"]','["buurtwerk-sluizeken"]','huiswerkbegeleiding','imane.el-idrissi@mail.example','0470 93 80 22');
INSERT INTO person VALUES('luc.moens',146,'Luc Moens','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,4,'[[0, "15:00", "19:00"], [1, "15:00", "18:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','luc.moens@mail.example',NULL);
INSERT INTO person VALUES('pieter.jacobs',147,'Pieter Jacobs','volunteer','[]','["nl"]',NULL,'[]',NULL,1,3,'[[1, "15:30", "18:00"], [2, "19:00", "08:30"]]','["huiswerkbegeleiding", "inloop-vm"]','[]','huiswerkbegeleiding','pieter.jacobs@mail.example','0470 82 83 85');
INSERT INTO person VALUES('oleksandr.shevchenko',148,'Oleksandr Shevchenko','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,3,'[[3, "15:00", "18:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','oleksandr.shevchenko@mail.example','0470 51 62 69');
INSERT INTO person VALUES('ruben.mertens',149,'Ruben Mertens','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[0, "15:00", "18:30"], [1, "15:30", "18:30"], [3, "15:30", "19:00"]]','["huiswerkbegeleiding"]','["buurtwerk-sluizeken", "nachtopvang"]','huiswerkbegeleiding','ruben.mertens@mail.example',NULL);
INSERT INTO person VALUES('nicolas.renard',150,'Nicolas Renard','volunteer','[]','["nl"]',NULL,'[]',NULL,3,9,'[[1, "15:00", "18:00"], [3, "15:00", "18:00"], [0, "15:00", "18:00"]]','["buurtwerk-rabot", "huiswerkbegeleiding"]','[]','huiswerkbegeleiding','nicolas.renard@mail.example',NULL);
INSERT INTO person VALUES('sevgi.mehmedova',151,'Sevgi Mehmedova','volunteer','[]','["nl", "tr"]',NULL,'[]',NULL,2,6,'[[3, "15:30", "19:00"], [0, "16:00", "18:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','sevgi.mehmedova@mail.example',NULL);
INSERT INTO person VALUES('jonas.willems',152,'Jonas Willems','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,3,'[[0, "15:30", "18:30"], [1, "16:00", "19:00"], [3, "15:00", "18:00"], [0, "13:00", "17:30"]]','["huiswerkbegeleiding"]','["nachtopvang"]','huiswerkbegeleiding','jonas.willems@mail.example',NULL);
INSERT INTO person VALUES('stijn.de-meyer',153,'Stijn De Meyer','volunteer','[]','["nl"]',NULL,'[]',NULL,1,2,'[[1, "16:00", "18:30"], [3, "16:00", "18:00"], [0, "15:30", "19:00"], [0, "13:00", "18:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','stijn.de-meyer@mail.example',NULL);
INSERT INTO person VALUES('nadia.azzouzi',154,'Nadia Azzouzi','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,8,'[[3, "15:30", "18:00"], [0, "15:30", "18:30"]]','["huiswerkbegeleiding", "sociaal-restaurant"]','[]','huiswerkbegeleiding','nadia.azzouzi@mail.example',NULL);
INSERT INTO person VALUES('jef.de-backer',155,'Jef De Backer','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,3,'[[0, "16:00", "19:00"], [1, "16:00", "18:30"]]','["huiswerkbegeleiding"]','["nachtopvang"]','huiswerkbegeleiding','jef.de-backer@mail.example',NULL);
INSERT INTO person VALUES('stijn.van-damme',156,'Stijn Van Damme','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,4,'[[1, "15:30", "18:00"], [3, "15:30", "18:30"], [0, "15:30", "18:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','stijn.van-damme@mail.example',NULL);
INSERT INTO person VALUES('marleen.maes',157,'Marleen Maes','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,3,6,'[[3, "16:00", "18:00"], [0, "15:00", "19:00"], [1, "16:00", "19:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','marleen.maes@mail.example','0470 57 47 65');
INSERT INTO person VALUES('salma.haddouchi',158,'Salma Haddouchi','volunteer','[]','["ar", "ber", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[0, "15:30", "18:30"], [1, "15:30", "18:00"], [3, "15:30", "19:00"], [2, "10:00", "12:00"]]','["buurtwerk-sluizeken", "huiswerkbegeleiding"]','[]','huiswerkbegeleiding','salma.haddouchi@mail.example',NULL);
INSERT INTO person VALUES('ruben.claeys',159,'Ruben Claeys','volunteer','[]','["en", "fr"]',NULL,'[]',NULL,3,9,'[[1, "15:30", "18:30"], [3, "15:30", "18:00"], [0, "15:00", "18:00"]]','["huiswerkbegeleiding"]','[]','huiswerkbegeleiding','ruben.claeys@mail.example',NULL);
INSERT INTO person VALUES('robbe.maes',160,'Robbe Maes','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,3,'[]','["buurtwerk-rabot", "huiswerkbegeleiding"]','["nachtopvang"]','huiswerkbegeleiding','robbe.maes@mail.example','0470 31 96 27');
INSERT INTO person VALUES('burak.celik',161,'Burak Çelik','volunteer','[]','["nl"]',NULL,'[]',NULL,2,8,'[[0, "15:00", "18:00"], [1, "16:00", "18:30"]]','["huiswerkbegeleiding", "inloop-vm"]','["sociaal-restaurant"]','huiswerkbegeleiding','burak.celik@mail.example','0470 72 54 28');
INSERT INTO person VALUES('nele.jacobs',162,'Nele Jacobs','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,4,'[[2, "09:00", "13:00"], [5, "09:00", "13:00"]]','["taalcafe"]','[]','taalcafe','nele.jacobs@mail.example','0470 92 63 29');
INSERT INTO person VALUES('ahmad.noori',163,'Ahmad Noori','volunteer','[]','["fa", "nl", "ps"]',NULL,'[]',NULL,3,10,'[[5, "10:00", "12:00"], [2, "09:00", "13:00"]]','["sociaal-restaurant", "taalcafe"]','[]','taalcafe',NULL,NULL);
INSERT INTO person VALUES('ahmad.rahimi',164,'Ahmad Rahimi','volunteer','["first_aid"]','["en", "fa", "nl"]',NULL,'[]',NULL,2,6,'[[2, "10:00", "12:30"], [5, "09:00", "13:00"]]','["taalcafe"]','["buurtwerk-rabot"]','taalcafe','ahmad.rahimi@mail.example',NULL);
INSERT INTO person VALUES('thomas.vanhove',165,'Thomas Vanhove','volunteer','["first_aid"]','["en", "fr", "nl"]',NULL,'[]',NULL,2,4,'[[5, "10:00", "12:00"], [2, "09:30", "13:00"], [2, "09:30", "12:30"]]','["sociaal-restaurant", "taalcafe"]','[]','taalcafe','thomas.vanhove@mail.example',NULL);
INSERT INTO person VALUES('bart.dhondt',166,'Bart D''hondt','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,3,'[]','["taalcafe"]','[]','taalcafe','bart.dhondt@mail.example',NULL);
INSERT INTO person VALUES('jean-pierre.mbuyi',167,'Jean-Pierre Mbuyi','volunteer','["first_aid"]','["fr", "nl"]',NULL,'[]',NULL,3,9,'[[5, "09:00", "12:00"], [2, "10:00", "13:00"]]','["taalcafe"]','[]','taalcafe','jean-pierre.mbuyi@mail.example',NULL);
INSERT INTO person VALUES('thomas.declercq',168,'Thomas Declercq','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,2,6,'[[2, "10:00", "12:30"], [5, "09:30", "12:30"], [0, "10:30", "14:00"]]','["taalcafe"]','[]','taalcafe','thomas.declercq@mail.example','0470 50 23 97');
INSERT INTO person VALUES('celine.leclercq',169,'Céline Leclercq','volunteer','[]','["nl"]',NULL,'[]',NULL,2,6,'[]','["taalcafe"]','[]','taalcafe','celine.leclercq@mail.example',NULL);
INSERT INTO person VALUES('ahmed.hasanov',170,'Ahmed Hasanov','volunteer','[]','["bg", "nl"]',NULL,'[]',NULL,1,2,'[[2, "09:00", "13:00"], [5, "09:00", "12:00"]]','["taalcafe"]','["buurtwerk-sluizeken", "nachtopvang"]','taalcafe','ahmed.hasanov@mail.example',NULL);
INSERT INTO person VALUES('burak.sahin',171,'Burak Şahin','volunteer','[]','["nl"]',NULL,'[]',NULL,2,4,'[[5, "10:00", "12:30"], [2, "09:00", "12:00"], [4, "09:30", "12:30"]]','["taalcafe"]','[]','taalcafe','burak.sahin@mail.example','0470 44 17 93');
INSERT INTO person VALUES('kateryna.tkachenko',172,'Kateryna Tkachenko','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,4,'[[2, "09:30", "12:00"], [5, "09:00", "13:00"]]','["sociaal-restaurant", "taalcafe"]','[]','taalcafe','kateryna.tkachenko@mail.example','0470 24 88 14');
INSERT INTO person VALUES('nand.de-clercq',173,'Nand De Clercq','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,2,'[[5, "10:00", "13:00"], [2, "10:00", "13:00"]]','["taalcafe"]','[]','taalcafe','nand.de-clercq@mail.example','0470 93 59 43');
INSERT INTO person VALUES('elke.janssens',174,'Elke Janssens','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,2,'[[1, "13:00", "17:30"], [3, "13:00", "18:00"]]','["buurtwerk-sluizeken"]','[]','buurtwerk-sluizeken','elke.janssens@mail.example',NULL);
INSERT INTO person VALUES('ayse.ozturk',175,'Ayşe Öztürk','volunteer','[]','["nl", "tr"]',NULL,'[]',NULL,3,10,'[[3, "12:00", "17:30"], [1, "12:00", "17:30"]]','["arbeidszorg", "buurtwerk-sluizeken"]','[]','buurtwerk-sluizeken','ayse.ozturk@mail.example','0470 46 12 51');
INSERT INTO person VALUES('geert.bogaert',176,'Geert Bogaert','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,2,8,'[[1, "12:30", "17:00"], [3, "13:00", "17:00"], [3, "11:00", "15:00"]]','["buurtwerk-sluizeken", "sociaal-restaurant"]','["arbeidszorg"]','buurtwerk-sluizeken',NULL,'0470 64 57 23');
INSERT INTO person VALUES('wim.van-hecke',177,'Wim Van Hecke','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,8,'[]','["buurtwerk-sluizeken", "taalcafe"]','["nachtopvang"]','buurtwerk-sluizeken',NULL,NULL);
INSERT INTO person VALUES('veerle.peeters',178,'Veerle Peeters','volunteer','[]','["nl"]',NULL,'[]',NULL,2,4,'[[1, "13:00", "17:00"], [3, "12:00", "17:30"], [5, "09:30", "12:30"]]','["buurtwerk-rabot", "buurtwerk-sluizeken"]','[]','buurtwerk-sluizeken','veerle.peeters@mail.example',NULL);
INSERT INTO person VALUES('salma.benali',179,'Salma Benali','volunteer','[]','["ar", "ber", "fr", "nl"]',NULL,'[]',NULL,1,3,'[[3, "12:30", "17:00"], [1, "12:00", "17:00"]]','["buurtwerk-sluizeken"]','["nachtopvang"]','buurtwerk-sluizeken',NULL,'0470 70 48 74');
INSERT INTO person VALUES('annelies.goossens',180,'Annelies Goossens','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,4,'[]','["buurtwerk-brugse-poort"]','["nachtopvang"]','buurtwerk-brugse-poort','annelies.goossens@mail.example',NULL);
INSERT INTO person VALUES('ward.pauwels',181,'Ward Pauwels','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,4,'[[4, "08:30", "13:00"], [5, "09:30", "12:00"]]','["buurtwerk-brugse-poort"]','["taalcafe"]','buurtwerk-brugse-poort','ward.pauwels@mail.example','0470 77 76 82');
INSERT INTO person VALUES('soufiane.benali',182,'Soufiane Benali','volunteer','[]','["ar", "ber", "nl"]',NULL,'[]',NULL,3,6,'[[2, "09:00", "12:30"], [4, "09:00", "13:00"], [2, "10:00", "12:30"]]','["buurtwerk-brugse-poort", "taalcafe"]','[]','buurtwerk-brugse-poort','soufiane.benali@mail.example',NULL);
INSERT INTO person VALUES('seppe.coppens',183,'Seppe Coppens','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,2,'[]','["buurtwerk-brugse-poort"]','[]','buurtwerk-brugse-poort','seppe.coppens@mail.example',NULL);
INSERT INTO person VALUES('veerle.maes',184,'Veerle Maes','volunteer','[]','["en", "fr", "nl"]',NULL,'[]',NULL,1,2,'[[2, "08:30", "13:00"], [4, "09:30", "12:30"]]','["buurtwerk-brugse-poort"]','["nachtopvang"]','buurtwerk-brugse-poort','veerle.maes@mail.example','0470 58 29 10');
INSERT INTO person VALUES('yonas.kidane',185,'Yonas Kidane','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,1,2,'[[4, "09:30", "12:30"], [2, "08:30", "13:00"]]','["buurtwerk-brugse-poort", "sociaal-restaurant"]','[]','buurtwerk-brugse-poort',NULL,NULL);
INSERT INTO person VALUES('imane.haddouchi',186,'Imane Haddouchi','volunteer','[]','["ber", "fr", "nl"]',NULL,'[]',NULL,2,4,'[[0, "08:00", "16:00"], [1, "09:00", "15:00"], [3, "08:30", "15:00"], [3, "12:30", "17:30"]]','["arbeidszorg"]','["nachtopvang"]','arbeidszorg','imane.haddouchi@mail.example',NULL);
INSERT INTO person VALUES('ward.aerts',187,'Ward Aerts','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,4,'[]','["arbeidszorg"]','[]','arbeidszorg','ward.aerts@mail.example',NULL);
INSERT INTO person VALUES('lander.de-backer',188,'Lander De Backer','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,2,'[[3, "08:00", "15:30"], [0, "08:00", "15:00"]]','["arbeidszorg", "buurtwerk-rabot"]','[]','arbeidszorg','lander.de-backer@mail.example',NULL);
INSERT INTO person VALUES('maarten.baert',189,'Maarten Baert','volunteer','[]','["fr", "nl"]',NULL,'[]',NULL,1,2,'[]','["arbeidszorg"]','[]','arbeidszorg','maarten.baert@mail.example',NULL);
INSERT INTO person VALUES('soufiane.chaouki',190,'Soufiane Chaouki','volunteer','[]','["ar", "ber", "nl"]',NULL,'[]',NULL,1,2,'[[1, "08:00", "15:00"], [3, "08:30", "15:30"], [0, "08:00", "15:00"]]','["arbeidszorg", "buurtwerk-brugse-poort"]','[]','arbeidszorg','soufiane.chaouki@mail.example','0470 70 22 27');
INSERT INTO person VALUES('francois.renard',191,'François Renard','volunteer','["first_aid"]','["fr", "nl"]',NULL,'[]',NULL,3,6,'[[3, "09:00", "15:00"], [0, "09:00", "16:00"], [1, "08:00", "15:30"]]','["arbeidszorg"]','[]','arbeidszorg','francois.renard@mail.example','0470 41 29 50');
INSERT INTO person VALUES('zeynep.celik',192,'Zeynep Çelik','volunteer','[]','["nl"]',NULL,'[]',NULL,2,6,'[[0, "08:30", "15:30"], [1, "08:00", "15:30"], [2, "09:30", "13:00"]]','["arbeidszorg", "buurtwerk-brugse-poort"]','[]','arbeidszorg','zeynep.celik@mail.example',NULL);
INSERT INTO person VALUES('dirk.stevens',193,'Dirk Stevens','volunteer','[]','["en", "nl"]',NULL,'[]',NULL,2,8,'[[1, "08:00", "15:00"], [3, "08:00", "15:30"], [3, "12:30", "17:00"]]','["arbeidszorg"]','[]','arbeidszorg',NULL,'0470 56 43 54');
INSERT INTO person VALUES('greet.verbeke',194,'Greet Verbeke','volunteer','[]','["nl"]',NULL,'[]',NULL,3,9,'[[3, "08:30", "15:00"], [0, "09:00", "16:00"], [1, "09:00", "15:00"]]','["arbeidszorg"]','[]','arbeidszorg','greet.verbeke@mail.example',NULL);
CREATE TABLE shift_state (
	id INTEGER NOT NULL, 
	layer VARCHAR NOT NULL, 
	shift_id VARCHAR NOT NULL, 
	activity_id VARCHAR NOT NULL, 
	start_utc DATETIME NOT NULL, 
	status VARCHAR NOT NULL, 
	reason VARCHAR NOT NULL, 
	published_at_utc DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (layer, shift_id)
);
INSERT INTO shift_state VALUES(45,'published','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(46,'published','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(47,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(48,'published','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(49,'published','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(50,'published','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(51,'published','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(52,'published','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(53,'published','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(54,'published','spreekuur@2026-12-01T09:00','spreekuur','2026-12-01 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(55,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(56,'published','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(57,'published','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(58,'published','zorgspreekuur@2026-12-01T13:30','zorgspreekuur','2026-12-01 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(59,'published','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(60,'published','jeugdwerk-straat@2026-12-01T17:30','jeugdwerk-straat','2026-12-01 16:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(61,'published','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(62,'published','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(63,'published','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(64,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(65,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(66,'published','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(67,'published','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(68,'published','jeugdwerk-straat@2026-12-02T17:30','jeugdwerk-straat','2026-12-02 16:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(69,'published','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(70,'published','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(71,'published','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(72,'published','spreekuur@2026-12-03T09:00','spreekuur','2026-12-03 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(73,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(74,'published','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(75,'published','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(76,'published','zorgspreekuur@2026-12-03T13:30','zorgspreekuur','2026-12-03 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(77,'published','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(78,'published','jeugdwerk-straat@2026-12-03T17:30','jeugdwerk-straat','2026-12-03 16:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(79,'published','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(80,'published','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(81,'published','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(82,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(83,'published','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(84,'published','jeugdwerk-straat@2026-12-04T17:30','jeugdwerk-straat','2026-12-04 16:30:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(85,'published','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(86,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(87,'published','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(88,'published','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','staffed','','2026-12-02 01:27:56.509773');
INSERT INTO shift_state VALUES(89,'working','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(90,'working','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(91,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(92,'working','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(93,'working','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(94,'working','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(95,'working','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(96,'working','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(97,'working','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(98,'working','spreekuur@2026-12-01T09:00','spreekuur','2026-12-01 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(99,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(100,'working','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(101,'working','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(102,'working','zorgspreekuur@2026-12-01T13:30','zorgspreekuur','2026-12-01 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(103,'working','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(104,'working','jeugdwerk-straat@2026-12-01T17:30','jeugdwerk-straat','2026-12-01 16:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(105,'working','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(106,'working','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(107,'working','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(108,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(109,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(110,'working','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(111,'working','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(112,'working','jeugdwerk-straat@2026-12-02T17:30','jeugdwerk-straat','2026-12-02 16:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(113,'working','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(114,'working','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(115,'working','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(116,'working','spreekuur@2026-12-03T09:00','spreekuur','2026-12-03 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(117,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(118,'working','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(119,'working','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(120,'working','zorgspreekuur@2026-12-03T13:30','zorgspreekuur','2026-12-03 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(121,'working','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(122,'working','jeugdwerk-straat@2026-12-03T17:30','jeugdwerk-straat','2026-12-03 16:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(123,'working','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(124,'working','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(125,'working','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(126,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(127,'working','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(128,'working','jeugdwerk-straat@2026-12-04T17:30','jeugdwerk-straat','2026-12-04 16:30:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(129,'working','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(130,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(131,'working','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','staffed','',NULL);
INSERT INTO shift_state VALUES(132,'working','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','staffed','',NULL);
CREATE TABLE calendar_event (
	uid VARCHAR NOT NULL, 
	person_id VARCHAR NOT NULL, 
	shift_id VARCHAR NOT NULL, 
	sequence INTEGER NOT NULL, 
	fingerprint VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	start_utc DATETIME NOT NULL, 
	end_utc DATETIME NOT NULL, 
	summary VARCHAR NOT NULL, 
	location VARCHAR NOT NULL, 
	description VARCHAR NOT NULL, 
	stamp_utc DATETIME NOT NULL, 
	first_exported_utc DATETIME NOT NULL, 
	cancelled_at_utc DATETIME, 
	PRIMARY KEY (uid)
);
INSERT INTO calendar_event VALUES('inloop-nm@2026-11-30T13:30/rita.de-meyer@roster-planner','rita.de-meyer','inloop-nm@2026-11-30T13:30',0,'b6fac1a6ca53f5624ac4bacbaa0ead21','CONFIRMED','2026-11-30 12:30:00.000000','2026-11-30 16:00:00.000000','Inloopcentrum De Fontein (namiddag) — beroepskracht','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','Coördinator: Sara De Smet, coördinator, 09 123 45 67','2026-12-02 01:27:56.509773','2026-12-02 01:27:57.569637',NULL);
INSERT INTO calendar_event VALUES('inloop-nm@2026-12-01T13:30/rita.de-meyer@roster-planner','rita.de-meyer','inloop-nm@2026-12-01T13:30',0,'767bc4734b9fef81f01585a26131cab1','CONFIRMED','2026-12-01 12:30:00.000000','2026-12-01 16:00:00.000000','Inloopcentrum De Fontein (namiddag) — beroepskracht','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','Coördinator: Sara De Smet, coördinator, 09 123 45 67','2026-12-02 01:27:56.509773','2026-12-02 01:27:57.569637',NULL);
INSERT INTO calendar_event VALUES('inloop-nm@2026-12-02T13:30/rita.de-meyer@roster-planner','rita.de-meyer','inloop-nm@2026-12-02T13:30',0,'74b578a5161770aa86dbcc438f4f716d','CONFIRMED','2026-12-02 12:30:00.000000','2026-12-02 16:00:00.000000','Inloopcentrum De Fontein (namiddag) — beroepskracht','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','Coördinator: Sara De Smet, coördinator, 09 123 45 67','2026-12-02 01:27:56.509773','2026-12-02 01:27:57.569637',NULL);
INSERT INTO calendar_event VALUES('inloop-nm@2026-12-03T13:30/rita.de-meyer@roster-planner','rita.de-meyer','inloop-nm@2026-12-03T13:30',0,'7fd37d4e1e1c1b607add917766a082e8','CONFIRMED','2026-12-03 12:30:00.000000','2026-12-03 16:00:00.000000','Inloopcentrum De Fontein (namiddag) — beroepskracht','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','Coördinator: Sara De Smet, coördinator, 09 123 45 67','2026-12-02 01:27:56.509773','2026-12-02 01:27:57.569637',NULL);
INSERT INTO calendar_event VALUES('inloop-nm@2026-12-04T13:30/lieven.claes@roster-planner','lieven.claes','inloop-nm@2026-12-04T13:30',0,'0d5b9bc302bd9fb81d84b38a68513350','CONFIRMED','2026-12-04 12:30:00.000000','2026-12-04 16:00:00.000000','Inloopcentrum De Fontein (namiddag) — beroepskracht','Inloopcentrum De Fontein, Wondelgemstraat 12, Gent','Coördinator: Sara De Smet, coördinator, 09 123 45 67','2026-12-02 01:27:56.509773','2026-12-02 01:27:59.625851',NULL);
CREATE TABLE absence (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	person_id VARCHAR NOT NULL, 
	start_utc DATETIME NOT NULL, 
	end_utc DATETIME NOT NULL, 
	kind VARCHAR NOT NULL, 
	reason VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	FOREIGN KEY(person_id) REFERENCES person (id)
);
INSERT INTO absence VALUES(1,'hilde.verstraete','2026-12-02 23:00:00.000000','2026-12-03 23:00:00.000000','unavailable','opleiding','file');
INSERT INTO absence VALUES(2,'lotte.de-meyer','2026-12-04 23:00:00.000000','2026-12-11 23:00:00.000000','unavailable','afwezig','file');
INSERT INTO absence VALUES(3,'marie.verhaeghe','2026-12-06 23:00:00.000000','2026-12-11 23:00:00.000000','leave','verlof','file');
INSERT INTO absence VALUES(4,'antoine.lambert','2026-12-07 23:00:00.000000','2026-12-09 23:00:00.000000','sickness','ziek','file');
INSERT INTO absence VALUES(5,'febe.van-hecke','2026-12-08 23:00:00.000000','2026-12-15 23:00:00.000000','unavailable','afwezig','file');
INSERT INTO absence VALUES(6,'jef.michiels','2026-12-13 23:00:00.000000','2026-12-18 23:00:00.000000','leave','verlof','file');
INSERT INTO absence VALUES(7,'jan.cools','2026-12-16 07:00:00.000000','2026-12-16 11:00:00.000000','unavailable','afspraak','file');
INSERT INTO absence VALUES(8,'bart.dhondt','2026-12-16 23:00:00.000000','2026-12-23 23:00:00.000000','unavailable','afwezig','file');
INSERT INTO absence VALUES(9,'els.wouters','2026-12-17 23:00:00.000000','2026-12-24 23:00:00.000000','unavailable','afwezig','file');
INSERT INTO absence VALUES(10,'ahmed.hasanov','2026-12-20 23:00:00.000000','2026-12-27 23:00:00.000000','unavailable','afwezig','file');
INSERT INTO absence VALUES(11,'ivan.hasanov','2026-12-20 23:00:00.000000','2026-12-24 23:00:00.000000','leave','kerstverlof','file');
INSERT INTO absence VALUES(12,'rita.de-meyer','2026-12-01 23:00:00.000000','2026-12-02 23:00:00.000000','sickness','griep','manual');
CREATE TABLE assignment (
	id INTEGER NOT NULL, 
	layer VARCHAR NOT NULL, 
	shift_id VARCHAR NOT NULL, 
	activity_id VARCHAR NOT NULL, 
	start_utc DATETIME NOT NULL, 
	person_id VARCHAR NOT NULL, 
	role VARCHAR NOT NULL, 
	pinned BOOLEAN NOT NULL, 
	uid VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (layer, shift_id, person_id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);
INSERT INTO assignment VALUES(163,'published','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','francois.renard','volunteer',0,'arbeidszorg@2026-11-30T09:00/francois.renard@roster-planner');
INSERT INTO assignment VALUES(164,'published','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','lander.de-backer','volunteer',0,'arbeidszorg@2026-11-30T09:00/lander.de-backer@roster-planner');
INSERT INTO assignment VALUES(165,'published','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','sofie.van-damme','volunteer',0,'arbeidszorg@2026-11-30T09:00/sofie.van-damme@roster-planner');
INSERT INTO assignment VALUES(166,'published','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','wim.coppens','professional',0,'arbeidszorg@2026-11-30T09:00/wim.coppens@roster-planner');
INSERT INTO assignment VALUES(167,'published','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','dirk.stevens','volunteer',0,'arbeidszorg@2026-12-01T09:00/dirk.stevens@roster-planner');
INSERT INTO assignment VALUES(168,'published','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','oleksandr.bondarenko','volunteer',0,'arbeidszorg@2026-12-01T09:00/oleksandr.bondarenko@roster-planner');
INSERT INTO assignment VALUES(169,'published','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','robbe.peeters','volunteer',0,'arbeidszorg@2026-12-01T09:00/robbe.peeters@roster-planner');
INSERT INTO assignment VALUES(170,'published','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','wim.coppens','professional',0,'arbeidszorg@2026-12-01T09:00/wim.coppens@roster-planner');
INSERT INTO assignment VALUES(171,'published','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','greet.verbeke','volunteer',0,'arbeidszorg@2026-12-03T09:00/greet.verbeke@roster-planner');
INSERT INTO assignment VALUES(172,'published','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','hatice.yilmaz','volunteer',0,'arbeidszorg@2026-12-03T09:00/hatice.yilmaz@roster-planner');
INSERT INTO assignment VALUES(173,'published','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','wim.coppens','professional',0,'arbeidszorg@2026-12-03T09:00/wim.coppens@roster-planner');
INSERT INTO assignment VALUES(174,'published','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','iryna.bondarenko','professional',0,'buurtwerk-brugse-poort@2026-12-02T09:30/iryna.bondarenko@roster-planner');
INSERT INTO assignment VALUES(175,'published','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','katrien.verhaeghe','volunteer',0,'buurtwerk-brugse-poort@2026-12-02T09:30/katrien.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(176,'published','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','seppe.declercq','volunteer',0,'buurtwerk-brugse-poort@2026-12-02T09:30/seppe.declercq@roster-planner');
INSERT INTO assignment VALUES(177,'published','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','iryna.bondarenko','professional',0,'buurtwerk-brugse-poort@2026-12-04T09:30/iryna.bondarenko@roster-planner');
INSERT INTO assignment VALUES(178,'published','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','rita.verstraete','volunteer',0,'buurtwerk-brugse-poort@2026-12-04T09:30/rita.verstraete@roster-planner');
INSERT INTO assignment VALUES(179,'published','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','yonas.kidane','volunteer',0,'buurtwerk-brugse-poort@2026-12-04T09:30/yonas.kidane@roster-planner');
INSERT INTO assignment VALUES(180,'published','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','jan.cools','professional',0,'buurtwerk-rabot@2026-11-30T13:00/jan.cools@roster-planner');
INSERT INTO assignment VALUES(181,'published','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','robbe.maes','volunteer',0,'buurtwerk-rabot@2026-11-30T13:00/robbe.maes@roster-planner');
INSERT INTO assignment VALUES(182,'published','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','ward.mertens','volunteer',0,'buurtwerk-rabot@2026-11-30T13:00/ward.mertens@roster-planner');
INSERT INTO assignment VALUES(183,'published','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','jan.cools','professional',0,'buurtwerk-rabot@2026-12-02T13:00/jan.cools@roster-planner');
INSERT INTO assignment VALUES(184,'published','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','tom.martens','volunteer',0,'buurtwerk-rabot@2026-12-02T13:00/tom.martens@roster-planner');
INSERT INTO assignment VALUES(185,'published','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','wim.de-paepe','volunteer',0,'buurtwerk-rabot@2026-12-02T13:00/wim.de-paepe@roster-planner');
INSERT INTO assignment VALUES(186,'published','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','ine.de-wilde','volunteer',0,'buurtwerk-sluizeken@2026-12-01T13:00/ine.de-wilde@roster-planner');
INSERT INTO assignment VALUES(187,'published','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','murat.aydin','professional',0,'buurtwerk-sluizeken@2026-12-01T13:00/murat.aydin@roster-planner');
INSERT INTO assignment VALUES(188,'published','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','veerle.peeters','volunteer',0,'buurtwerk-sluizeken@2026-12-01T13:00/veerle.peeters@roster-planner');
INSERT INTO assignment VALUES(189,'published','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','hilde.mertens','volunteer',0,'buurtwerk-sluizeken@2026-12-03T13:00/hilde.mertens@roster-planner');
INSERT INTO assignment VALUES(190,'published','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','murat.aydin','professional',0,'buurtwerk-sluizeken@2026-12-03T13:00/murat.aydin@roster-planner');
INSERT INTO assignment VALUES(191,'published','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','wim.van-hecke','volunteer',0,'buurtwerk-sluizeken@2026-12-03T13:00/wim.van-hecke@roster-planner');
INSERT INTO assignment VALUES(192,'published','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','geert.michiels','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/geert.michiels@roster-planner');
INSERT INTO assignment VALUES(193,'published','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','imane.azzouzi','professional',0,'huiswerkbegeleiding@2026-11-30T16:00/imane.azzouzi@roster-planner');
INSERT INTO assignment VALUES(194,'published','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','luc.moens','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/luc.moens@roster-planner');
INSERT INTO assignment VALUES(195,'published','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','mohamed.benali','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/mohamed.benali@roster-planner');
INSERT INTO assignment VALUES(196,'published','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','ruben.claeys','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/ruben.claeys@roster-planner');
INSERT INTO assignment VALUES(197,'published','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','helen.haile','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/helen.haile@roster-planner');
INSERT INTO assignment VALUES(198,'published','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','imane.azzouzi','professional',0,'huiswerkbegeleiding@2026-12-01T16:00/imane.azzouzi@roster-planner');
INSERT INTO assignment VALUES(199,'published','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','imane.el-idrissi','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/imane.el-idrissi@roster-planner');
INSERT INTO assignment VALUES(200,'published','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','jef.de-backer','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/jef.de-backer@roster-planner');
INSERT INTO assignment VALUES(201,'published','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','marleen.maes','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/marleen.maes@roster-planner');
INSERT INTO assignment VALUES(202,'published','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','imane.azzouzi','professional',0,'huiswerkbegeleiding@2026-12-03T16:00/imane.azzouzi@roster-planner');
INSERT INTO assignment VALUES(203,'published','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','jonas.lambrecht','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/jonas.lambrecht@roster-planner');
INSERT INTO assignment VALUES(204,'published','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','jonas.willems','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/jonas.willems@roster-planner');
INSERT INTO assignment VALUES(205,'published','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','nadia.azzouzi','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/nadia.azzouzi@roster-planner');
INSERT INTO assignment VALUES(206,'published','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','stijn.van-damme','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/stijn.van-damme@roster-planner');
INSERT INTO assignment VALUES(207,'published','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','bilal.bakkali','volunteer',0,'inloop-nm@2026-11-30T13:30/bilal.bakkali@roster-planner');
INSERT INTO assignment VALUES(208,'published','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','loubna.azzouzi','volunteer',0,'inloop-nm@2026-11-30T13:30/loubna.azzouzi@roster-planner');
INSERT INTO assignment VALUES(209,'published','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-11-30T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(210,'published','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','marie.de-wilde','volunteer',0,'inloop-nm@2026-12-01T13:30/marie.de-wilde@roster-planner');
INSERT INTO assignment VALUES(211,'published','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-12-01T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(212,'published','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','sara.aerts','volunteer',0,'inloop-nm@2026-12-01T13:30/sara.aerts@roster-planner');
INSERT INTO assignment VALUES(213,'published','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','febe.desmet','volunteer',0,'inloop-nm@2026-12-02T13:30/febe.desmet@roster-planner');
INSERT INTO assignment VALUES(214,'published','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','julie.lambert','volunteer',0,'inloop-nm@2026-12-02T13:30/julie.lambert@roster-planner');
INSERT INTO assignment VALUES(215,'published','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-12-02T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(216,'published','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','amelie.lambert','volunteer',0,'inloop-nm@2026-12-03T13:30/amelie.lambert@roster-planner');
INSERT INTO assignment VALUES(217,'published','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','brecht.moens','volunteer',0,'inloop-nm@2026-12-03T13:30/brecht.moens@roster-planner');
INSERT INTO assignment VALUES(218,'published','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-12-03T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(219,'published','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','frank.de-backer','volunteer',0,'inloop-nm@2026-12-04T13:30/frank.de-backer@roster-planner');
INSERT INTO assignment VALUES(220,'published','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','lieven.claes','professional',0,'inloop-nm@2026-12-04T13:30/lieven.claes@roster-planner');
INSERT INTO assignment VALUES(221,'published','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','yasmina.bakkali','volunteer',0,'inloop-nm@2026-12-04T13:30/yasmina.bakkali@roster-planner');
INSERT INTO assignment VALUES(222,'published','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','dirk.de-meyer','professional',0,'inloop-vm@2026-11-30T09:00/dirk.de-meyer@roster-planner');
INSERT INTO assignment VALUES(223,'published','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','febe.verhaeghe','volunteer',0,'inloop-vm@2026-11-30T09:00/febe.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(224,'published','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','imane.haddouchi','volunteer',0,'inloop-vm@2026-11-30T09:00/imane.haddouchi@roster-planner');
INSERT INTO assignment VALUES(225,'published','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','soufiane.chaouki','volunteer',0,'inloop-vm@2026-11-30T09:00/soufiane.chaouki@roster-planner');
INSERT INTO assignment VALUES(226,'published','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','geert.claeys','volunteer',0,'inloop-vm@2026-12-01T09:00/geert.claeys@roster-planner');
INSERT INTO assignment VALUES(227,'published','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','ivan.hasanov','professional',0,'inloop-vm@2026-12-01T09:00/ivan.hasanov@roster-planner');
INSERT INTO assignment VALUES(228,'published','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','maarten.baert','volunteer',0,'inloop-vm@2026-12-01T09:00/maarten.baert@roster-planner');
INSERT INTO assignment VALUES(229,'published','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','dirk.de-meyer','professional',0,'inloop-vm@2026-12-02T09:00/dirk.de-meyer@roster-planner');
INSERT INTO assignment VALUES(230,'published','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','griet.van-de-velde','volunteer',0,'inloop-vm@2026-12-02T09:00/griet.van-de-velde@roster-planner');
INSERT INTO assignment VALUES(231,'published','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','soufiane.el-amrani','volunteer',0,'inloop-vm@2026-12-02T09:00/soufiane.el-amrani@roster-planner');
INSERT INTO assignment VALUES(232,'published','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','veerle.maes','volunteer',0,'inloop-vm@2026-12-02T09:00/veerle.maes@roster-planner');
INSERT INTO assignment VALUES(233,'published','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','amelie.dupont','volunteer',0,'inloop-vm@2026-12-03T09:00/amelie.dupont@roster-planner');
INSERT INTO assignment VALUES(234,'published','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','annelies.vanhove','professional',0,'inloop-vm@2026-12-03T09:00/annelies.vanhove@roster-planner');
INSERT INTO assignment VALUES(235,'published','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','lander.stevens','volunteer',0,'inloop-vm@2026-12-03T09:00/lander.stevens@roster-planner');
INSERT INTO assignment VALUES(236,'published','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','annelies.vanhove','professional',0,'inloop-vm@2026-12-04T09:00/annelies.vanhove@roster-planner');
INSERT INTO assignment VALUES(237,'published','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','dirk.vandenberghe','volunteer',0,'inloop-vm@2026-12-04T09:00/dirk.vandenberghe@roster-planner');
INSERT INTO assignment VALUES(238,'published','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','julie.simon','volunteer',0,'inloop-vm@2026-12-04T09:00/julie.simon@roster-planner');
INSERT INTO assignment VALUES(239,'published','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','ward.pauwels','volunteer',0,'inloop-vm@2026-12-04T09:00/ward.pauwels@roster-planner');
INSERT INTO assignment VALUES(240,'published','jeugdwerk-straat@2026-12-01T17:30','jeugdwerk-straat','2026-12-01 16:30:00.000000','koen.de-coster','professional',0,'jeugdwerk-straat@2026-12-01T17:30/koen.de-coster@roster-planner');
INSERT INTO assignment VALUES(241,'published','jeugdwerk-straat@2026-12-01T17:30','jeugdwerk-straat','2026-12-01 16:30:00.000000','luc.claeys','professional',0,'jeugdwerk-straat@2026-12-01T17:30/luc.claeys@roster-planner');
INSERT INTO assignment VALUES(242,'published','jeugdwerk-straat@2026-12-02T17:30','jeugdwerk-straat','2026-12-02 16:30:00.000000','antoine.lambert','professional',0,'jeugdwerk-straat@2026-12-02T17:30/antoine.lambert@roster-planner');
INSERT INTO assignment VALUES(243,'published','jeugdwerk-straat@2026-12-02T17:30','jeugdwerk-straat','2026-12-02 16:30:00.000000','koen.de-coster','professional',0,'jeugdwerk-straat@2026-12-02T17:30/koen.de-coster@roster-planner');
INSERT INTO assignment VALUES(244,'published','jeugdwerk-straat@2026-12-03T17:30','jeugdwerk-straat','2026-12-03 16:30:00.000000','antoine.lambert','professional',0,'jeugdwerk-straat@2026-12-03T17:30/antoine.lambert@roster-planner');
INSERT INTO assignment VALUES(245,'published','jeugdwerk-straat@2026-12-03T17:30','jeugdwerk-straat','2026-12-03 16:30:00.000000','luc.claeys','professional',0,'jeugdwerk-straat@2026-12-03T17:30/luc.claeys@roster-planner');
INSERT INTO assignment VALUES(246,'published','jeugdwerk-straat@2026-12-04T17:30','jeugdwerk-straat','2026-12-04 16:30:00.000000','antoine.lambert','professional',0,'jeugdwerk-straat@2026-12-04T17:30/antoine.lambert@roster-planner');
INSERT INTO assignment VALUES(247,'published','jeugdwerk-straat@2026-12-04T17:30','jeugdwerk-straat','2026-12-04 16:30:00.000000','luc.claeys','professional',0,'jeugdwerk-straat@2026-12-04T17:30/luc.claeys@roster-planner');
INSERT INTO assignment VALUES(248,'published','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','an.smet','professional',0,'nachtopvang@2026-11-30T20:00/an.smet@roster-planner');
INSERT INTO assignment VALUES(249,'published','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','celine.leclercq','volunteer',0,'nachtopvang@2026-11-30T20:00/celine.leclercq@roster-planner');
INSERT INTO assignment VALUES(250,'published','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','dmytro.tkachenko','volunteer',0,'nachtopvang@2026-11-30T20:00/dmytro.tkachenko@roster-planner');
INSERT INTO assignment VALUES(251,'published','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','arne.goossens','professional',0,'nachtopvang@2026-12-01T20:00/arne.goossens@roster-planner');
INSERT INTO assignment VALUES(252,'published','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','bilal.haddouchi','volunteer',0,'nachtopvang@2026-12-01T20:00/bilal.haddouchi@roster-planner');
INSERT INTO assignment VALUES(253,'published','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','koen.baert','volunteer',0,'nachtopvang@2026-12-01T20:00/koen.baert@roster-planner');
INSERT INTO assignment VALUES(254,'published','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','greet.dhondt','professional',0,'nachtopvang@2026-12-02T20:00/greet.dhondt@roster-planner');
INSERT INTO assignment VALUES(255,'published','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','hamid.rahimi','volunteer',0,'nachtopvang@2026-12-02T20:00/hamid.rahimi@roster-planner');
INSERT INTO assignment VALUES(256,'published','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','marleen.van-de-velde','volunteer',0,'nachtopvang@2026-12-02T20:00/marleen.van-de-velde@roster-planner');
INSERT INTO assignment VALUES(257,'published','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','jan.moens','professional',0,'nachtopvang@2026-12-03T20:00/jan.moens@roster-planner');
INSERT INTO assignment VALUES(258,'published','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','kato.de-backer','volunteer',0,'nachtopvang@2026-12-03T20:00/kato.de-backer@roster-planner');
INSERT INTO assignment VALUES(259,'published','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','lander.vandenberghe','volunteer',0,'nachtopvang@2026-12-03T20:00/lander.vandenberghe@roster-planner');
INSERT INTO assignment VALUES(260,'published','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','jef.michiels','professional',0,'nachtopvang@2026-12-04T20:00/jef.michiels@roster-planner');
INSERT INTO assignment VALUES(261,'published','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','loubna.el-khattabi','volunteer',0,'nachtopvang@2026-12-04T20:00/loubna.el-khattabi@roster-planner');
INSERT INTO assignment VALUES(262,'published','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','salma.ouali','volunteer',0,'nachtopvang@2026-12-04T20:00/salma.ouali@roster-planner');
INSERT INTO assignment VALUES(263,'published','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','arne.pauwels','volunteer',0,'nachtopvang@2026-12-05T20:00/arne.pauwels@roster-planner');
INSERT INTO assignment VALUES(264,'published','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','jef.michiels','professional',0,'nachtopvang@2026-12-05T20:00/jef.michiels@roster-planner');
INSERT INTO assignment VALUES(265,'published','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','youssef.haddouchi','volunteer',0,'nachtopvang@2026-12-05T20:00/youssef.haddouchi@roster-planner');
INSERT INTO assignment VALUES(266,'published','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','arne.declercq','volunteer',0,'nachtopvang@2026-12-06T20:00/arne.declercq@roster-planner');
INSERT INTO assignment VALUES(267,'published','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','nele.cools','professional',0,'nachtopvang@2026-12-06T20:00/nele.cools@roster-planner');
INSERT INTO assignment VALUES(268,'published','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','patrick.tshibangu','volunteer',0,'nachtopvang@2026-12-06T20:00/patrick.tshibangu@roster-planner');
INSERT INTO assignment VALUES(269,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','amelie.renard','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/amelie.renard@roster-planner');
INSERT INTO assignment VALUES(270,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','anas.bakkali','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/anas.bakkali@roster-planner');
INSERT INTO assignment VALUES(271,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','celine.renard','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/celine.renard@roster-planner');
INSERT INTO assignment VALUES(272,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','koen.verbeke','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/koen.verbeke@roster-planner');
INSERT INTO assignment VALUES(273,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','lotte.van-damme','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/lotte.van-damme@roster-planner');
INSERT INTO assignment VALUES(274,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-11-30T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(275,'published','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','veerle.de-smet','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/veerle.de-smet@roster-planner');
INSERT INTO assignment VALUES(276,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','els.wouters','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/els.wouters@roster-planner');
INSERT INTO assignment VALUES(277,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','hasan.ivanov','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/hasan.ivanov@roster-planner');
INSERT INTO assignment VALUES(278,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','helen.berhane','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/helen.berhane@roster-planner');
INSERT INTO assignment VALUES(279,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-01T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(280,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','salma.el-amrani','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/salma.el-amrani@roster-planner');
INSERT INTO assignment VALUES(281,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','sevgi.hasanova','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/sevgi.hasanova@roster-planner');
INSERT INTO assignment VALUES(282,'published','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','shabnam.noori','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/shabnam.noori@roster-planner');
INSERT INTO assignment VALUES(283,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','an.van-de-velde','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/an.van-de-velde@roster-planner');
INSERT INTO assignment VALUES(284,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','emma.vanhove','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/emma.vanhove@roster-planner');
INSERT INTO assignment VALUES(285,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','greet.de-clercq','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/greet.de-clercq@roster-planner');
INSERT INTO assignment VALUES(286,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','jonas.hermans','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/jonas.hermans@roster-planner');
INSERT INTO assignment VALUES(287,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','joris.de-meyer','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/joris.de-meyer@roster-planner');
INSERT INTO assignment VALUES(288,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-02T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(289,'published','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','mohamed.haddouchi','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/mohamed.haddouchi@roster-planner');
INSERT INTO assignment VALUES(290,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','hamza.azzouzi','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/hamza.azzouzi@roster-planner');
INSERT INTO assignment VALUES(291,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','luc.smet','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/luc.smet@roster-planner');
INSERT INTO assignment VALUES(292,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','marie.van-landeghem','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/marie.van-landeghem@roster-planner');
INSERT INTO assignment VALUES(293,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-03T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(294,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','shabnam.karimi','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/shabnam.karimi@roster-planner');
INSERT INTO assignment VALUES(295,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','sofie.de-meyer','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/sofie.de-meyer@roster-planner');
INSERT INTO assignment VALUES(296,'published','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','wout.verbeke','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/wout.verbeke@roster-planner');
INSERT INTO assignment VALUES(297,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','fien.van-acker','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/fien.van-acker@roster-planner');
INSERT INTO assignment VALUES(298,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','francois.dubois','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/francois.dubois@roster-planner');
INSERT INTO assignment VALUES(299,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','hilde.de-paepe','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/hilde.de-paepe@roster-planner');
INSERT INTO assignment VALUES(300,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','ivana.hasanova','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/ivana.hasanova@roster-planner');
INSERT INTO assignment VALUES(301,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-04T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(302,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','olena.kovalenko','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/olena.kovalenko@roster-planner');
INSERT INTO assignment VALUES(303,'published','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','wout.baert','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/wout.baert@roster-planner');
INSERT INTO assignment VALUES(304,'published','spreekuur@2026-12-01T09:00','spreekuur','2026-12-01 08:00:00.000000','febe.van-landeghem','professional',0,'spreekuur@2026-12-01T09:00/febe.van-landeghem@roster-planner');
INSERT INTO assignment VALUES(305,'published','spreekuur@2026-12-03T09:00','spreekuur','2026-12-03 08:00:00.000000','febe.van-landeghem','professional',0,'spreekuur@2026-12-03T09:00/febe.van-landeghem@roster-planner');
INSERT INTO assignment VALUES(306,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','ahmed.hasanov','volunteer',0,'taalcafe@2026-12-02T10:00/ahmed.hasanov@roster-planner');
INSERT INTO assignment VALUES(307,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','bart.dhondt','volunteer',0,'taalcafe@2026-12-02T10:00/bart.dhondt@roster-planner');
INSERT INTO assignment VALUES(308,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','esra.arslan','professional',0,'taalcafe@2026-12-02T10:00/esra.arslan@roster-planner');
INSERT INTO assignment VALUES(309,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','jean-pierre.mbuyi','volunteer',0,'taalcafe@2026-12-02T10:00/jean-pierre.mbuyi@roster-planner');
INSERT INTO assignment VALUES(310,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','kateryna.tkachenko','volunteer',0,'taalcafe@2026-12-02T10:00/kateryna.tkachenko@roster-planner');
INSERT INTO assignment VALUES(311,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','nicolas.dupont','volunteer',0,'taalcafe@2026-12-02T10:00/nicolas.dupont@roster-planner');
INSERT INTO assignment VALUES(312,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','thomas.declercq','volunteer',0,'taalcafe@2026-12-02T10:00/thomas.declercq@roster-planner');
INSERT INTO assignment VALUES(313,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','ward.aerts','volunteer',0,'taalcafe@2026-12-02T10:00/ward.aerts@roster-planner');
INSERT INTO assignment VALUES(314,'published','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','zeynep.celik','volunteer',0,'taalcafe@2026-12-02T10:00/zeynep.celik@roster-planner');
INSERT INTO assignment VALUES(315,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','ahmad.noori','volunteer',0,'taalcafe@2026-12-05T10:00/ahmad.noori@roster-planner');
INSERT INTO assignment VALUES(316,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','ahmad.rahimi','volunteer',0,'taalcafe@2026-12-05T10:00/ahmad.rahimi@roster-planner');
INSERT INTO assignment VALUES(317,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','annelies.goossens','volunteer',0,'taalcafe@2026-12-05T10:00/annelies.goossens@roster-planner');
INSERT INTO assignment VALUES(318,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','burak.sahin','volunteer',0,'taalcafe@2026-12-05T10:00/burak.sahin@roster-planner');
INSERT INTO assignment VALUES(319,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','nand.de-clercq','volunteer',0,'taalcafe@2026-12-05T10:00/nand.de-clercq@roster-planner');
INSERT INTO assignment VALUES(320,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','nele.cools','professional',0,'taalcafe@2026-12-05T10:00/nele.cools@roster-planner');
INSERT INTO assignment VALUES(321,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','seppe.coppens','volunteer',0,'taalcafe@2026-12-05T10:00/seppe.coppens@roster-planner');
INSERT INTO assignment VALUES(322,'published','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','thomas.vanhove','volunteer',0,'taalcafe@2026-12-05T10:00/thomas.vanhove@roster-planner');
INSERT INTO assignment VALUES(323,'published','zorgspreekuur@2026-12-01T13:30','zorgspreekuur','2026-12-01 12:30:00.000000','hilde.verstraete','professional',0,'zorgspreekuur@2026-12-01T13:30/hilde.verstraete@roster-planner');
INSERT INTO assignment VALUES(324,'published','zorgspreekuur@2026-12-03T13:30','zorgspreekuur','2026-12-03 12:30:00.000000','mieke.verbeke','professional',0,'zorgspreekuur@2026-12-03T13:30/mieke.verbeke@roster-planner');
INSERT INTO assignment VALUES(325,'working','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','francois.renard','volunteer',0,'arbeidszorg@2026-11-30T09:00/francois.renard@roster-planner');
INSERT INTO assignment VALUES(326,'working','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','lander.de-backer','volunteer',0,'arbeidszorg@2026-11-30T09:00/lander.de-backer@roster-planner');
INSERT INTO assignment VALUES(327,'working','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','sofie.van-damme','volunteer',0,'arbeidszorg@2026-11-30T09:00/sofie.van-damme@roster-planner');
INSERT INTO assignment VALUES(328,'working','arbeidszorg@2026-11-30T09:00','arbeidszorg','2026-11-30 08:00:00.000000','wim.coppens','professional',0,'arbeidszorg@2026-11-30T09:00/wim.coppens@roster-planner');
INSERT INTO assignment VALUES(329,'working','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','dirk.stevens','volunteer',0,'arbeidszorg@2026-12-01T09:00/dirk.stevens@roster-planner');
INSERT INTO assignment VALUES(330,'working','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','oleksandr.bondarenko','volunteer',0,'arbeidszorg@2026-12-01T09:00/oleksandr.bondarenko@roster-planner');
INSERT INTO assignment VALUES(331,'working','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','robbe.peeters','volunteer',0,'arbeidszorg@2026-12-01T09:00/robbe.peeters@roster-planner');
INSERT INTO assignment VALUES(332,'working','arbeidszorg@2026-12-01T09:00','arbeidszorg','2026-12-01 08:00:00.000000','wim.coppens','professional',0,'arbeidszorg@2026-12-01T09:00/wim.coppens@roster-planner');
INSERT INTO assignment VALUES(333,'working','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','greet.verbeke','volunteer',0,'arbeidszorg@2026-12-03T09:00/greet.verbeke@roster-planner');
INSERT INTO assignment VALUES(334,'working','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','hatice.yilmaz','volunteer',0,'arbeidszorg@2026-12-03T09:00/hatice.yilmaz@roster-planner');
INSERT INTO assignment VALUES(335,'working','arbeidszorg@2026-12-03T09:00','arbeidszorg','2026-12-03 08:00:00.000000','wim.coppens','professional',0,'arbeidszorg@2026-12-03T09:00/wim.coppens@roster-planner');
INSERT INTO assignment VALUES(336,'working','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','iryna.bondarenko','professional',0,'buurtwerk-brugse-poort@2026-12-02T09:30/iryna.bondarenko@roster-planner');
INSERT INTO assignment VALUES(337,'working','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','katrien.verhaeghe','volunteer',0,'buurtwerk-brugse-poort@2026-12-02T09:30/katrien.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(338,'working','buurtwerk-brugse-poort@2026-12-02T09:30','buurtwerk-brugse-poort','2026-12-02 08:30:00.000000','seppe.declercq','volunteer',0,'buurtwerk-brugse-poort@2026-12-02T09:30/seppe.declercq@roster-planner');
INSERT INTO assignment VALUES(339,'working','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','iryna.bondarenko','professional',0,'buurtwerk-brugse-poort@2026-12-04T09:30/iryna.bondarenko@roster-planner');
INSERT INTO assignment VALUES(340,'working','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','rita.verstraete','volunteer',0,'buurtwerk-brugse-poort@2026-12-04T09:30/rita.verstraete@roster-planner');
INSERT INTO assignment VALUES(341,'working','buurtwerk-brugse-poort@2026-12-04T09:30','buurtwerk-brugse-poort','2026-12-04 08:30:00.000000','yonas.kidane','volunteer',0,'buurtwerk-brugse-poort@2026-12-04T09:30/yonas.kidane@roster-planner');
INSERT INTO assignment VALUES(342,'working','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','jan.cools','professional',0,'buurtwerk-rabot@2026-11-30T13:00/jan.cools@roster-planner');
INSERT INTO assignment VALUES(343,'working','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','robbe.maes','volunteer',0,'buurtwerk-rabot@2026-11-30T13:00/robbe.maes@roster-planner');
INSERT INTO assignment VALUES(344,'working','buurtwerk-rabot@2026-11-30T13:00','buurtwerk-rabot','2026-11-30 12:00:00.000000','ward.mertens','volunteer',0,'buurtwerk-rabot@2026-11-30T13:00/ward.mertens@roster-planner');
INSERT INTO assignment VALUES(345,'working','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','jan.cools','professional',0,'buurtwerk-rabot@2026-12-02T13:00/jan.cools@roster-planner');
INSERT INTO assignment VALUES(346,'working','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','tom.martens','volunteer',0,'buurtwerk-rabot@2026-12-02T13:00/tom.martens@roster-planner');
INSERT INTO assignment VALUES(347,'working','buurtwerk-rabot@2026-12-02T13:00','buurtwerk-rabot','2026-12-02 12:00:00.000000','wim.de-paepe','volunteer',0,'buurtwerk-rabot@2026-12-02T13:00/wim.de-paepe@roster-planner');
INSERT INTO assignment VALUES(348,'working','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','ine.de-wilde','volunteer',0,'buurtwerk-sluizeken@2026-12-01T13:00/ine.de-wilde@roster-planner');
INSERT INTO assignment VALUES(349,'working','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','murat.aydin','professional',0,'buurtwerk-sluizeken@2026-12-01T13:00/murat.aydin@roster-planner');
INSERT INTO assignment VALUES(350,'working','buurtwerk-sluizeken@2026-12-01T13:00','buurtwerk-sluizeken','2026-12-01 12:00:00.000000','veerle.peeters','volunteer',0,'buurtwerk-sluizeken@2026-12-01T13:00/veerle.peeters@roster-planner');
INSERT INTO assignment VALUES(351,'working','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','hilde.mertens','volunteer',0,'buurtwerk-sluizeken@2026-12-03T13:00/hilde.mertens@roster-planner');
INSERT INTO assignment VALUES(352,'working','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','murat.aydin','professional',0,'buurtwerk-sluizeken@2026-12-03T13:00/murat.aydin@roster-planner');
INSERT INTO assignment VALUES(353,'working','buurtwerk-sluizeken@2026-12-03T13:00','buurtwerk-sluizeken','2026-12-03 12:00:00.000000','wim.van-hecke','volunteer',0,'buurtwerk-sluizeken@2026-12-03T13:00/wim.van-hecke@roster-planner');
INSERT INTO assignment VALUES(354,'working','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','geert.michiels','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/geert.michiels@roster-planner');
INSERT INTO assignment VALUES(355,'working','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','imane.azzouzi','professional',0,'huiswerkbegeleiding@2026-11-30T16:00/imane.azzouzi@roster-planner');
INSERT INTO assignment VALUES(356,'working','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','luc.moens','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/luc.moens@roster-planner');
INSERT INTO assignment VALUES(357,'working','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','mohamed.benali','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/mohamed.benali@roster-planner');
INSERT INTO assignment VALUES(358,'working','huiswerkbegeleiding@2026-11-30T16:00','huiswerkbegeleiding','2026-11-30 15:00:00.000000','ruben.claeys','volunteer',0,'huiswerkbegeleiding@2026-11-30T16:00/ruben.claeys@roster-planner');
INSERT INTO assignment VALUES(359,'working','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','helen.haile','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/helen.haile@roster-planner');
INSERT INTO assignment VALUES(360,'working','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','imane.azzouzi','professional',0,'huiswerkbegeleiding@2026-12-01T16:00/imane.azzouzi@roster-planner');
INSERT INTO assignment VALUES(361,'working','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','imane.el-idrissi','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/imane.el-idrissi@roster-planner');
INSERT INTO assignment VALUES(362,'working','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','jef.de-backer','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/jef.de-backer@roster-planner');
INSERT INTO assignment VALUES(363,'working','huiswerkbegeleiding@2026-12-01T16:00','huiswerkbegeleiding','2026-12-01 15:00:00.000000','marleen.maes','volunteer',0,'huiswerkbegeleiding@2026-12-01T16:00/marleen.maes@roster-planner');
INSERT INTO assignment VALUES(364,'working','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','imane.azzouzi','professional',0,'huiswerkbegeleiding@2026-12-03T16:00/imane.azzouzi@roster-planner');
INSERT INTO assignment VALUES(365,'working','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','jonas.lambrecht','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/jonas.lambrecht@roster-planner');
INSERT INTO assignment VALUES(366,'working','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','jonas.willems','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/jonas.willems@roster-planner');
INSERT INTO assignment VALUES(367,'working','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','nadia.azzouzi','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/nadia.azzouzi@roster-planner');
INSERT INTO assignment VALUES(368,'working','huiswerkbegeleiding@2026-12-03T16:00','huiswerkbegeleiding','2026-12-03 15:00:00.000000','stijn.van-damme','volunteer',0,'huiswerkbegeleiding@2026-12-03T16:00/stijn.van-damme@roster-planner');
INSERT INTO assignment VALUES(369,'working','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','bilal.bakkali','volunteer',0,'inloop-nm@2026-11-30T13:30/bilal.bakkali@roster-planner');
INSERT INTO assignment VALUES(370,'working','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','loubna.azzouzi','volunteer',0,'inloop-nm@2026-11-30T13:30/loubna.azzouzi@roster-planner');
INSERT INTO assignment VALUES(371,'working','inloop-nm@2026-11-30T13:30','inloop-nm','2026-11-30 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-11-30T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(372,'working','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','marie.de-wilde','volunteer',0,'inloop-nm@2026-12-01T13:30/marie.de-wilde@roster-planner');
INSERT INTO assignment VALUES(373,'working','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-12-01T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(374,'working','inloop-nm@2026-12-01T13:30','inloop-nm','2026-12-01 12:30:00.000000','sara.aerts','volunteer',0,'inloop-nm@2026-12-01T13:30/sara.aerts@roster-planner');
INSERT INTO assignment VALUES(375,'working','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','febe.desmet','volunteer',0,'inloop-nm@2026-12-02T13:30/febe.desmet@roster-planner');
INSERT INTO assignment VALUES(376,'working','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','julie.lambert','volunteer',0,'inloop-nm@2026-12-02T13:30/julie.lambert@roster-planner');
INSERT INTO assignment VALUES(377,'working','inloop-nm@2026-12-02T13:30','inloop-nm','2026-12-02 12:30:00.000000','lieven.claes','professional',0,'inloop-nm@2026-12-02T13:30/lieven.claes@roster-planner');
INSERT INTO assignment VALUES(378,'working','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','amelie.lambert','volunteer',0,'inloop-nm@2026-12-03T13:30/amelie.lambert@roster-planner');
INSERT INTO assignment VALUES(379,'working','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','brecht.moens','volunteer',0,'inloop-nm@2026-12-03T13:30/brecht.moens@roster-planner');
INSERT INTO assignment VALUES(380,'working','inloop-nm@2026-12-03T13:30','inloop-nm','2026-12-03 12:30:00.000000','rita.de-meyer','professional',0,'inloop-nm@2026-12-03T13:30/rita.de-meyer@roster-planner');
INSERT INTO assignment VALUES(381,'working','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','frank.de-backer','volunteer',0,'inloop-nm@2026-12-04T13:30/frank.de-backer@roster-planner');
INSERT INTO assignment VALUES(382,'working','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','lieven.claes','professional',0,'inloop-nm@2026-12-04T13:30/lieven.claes@roster-planner');
INSERT INTO assignment VALUES(383,'working','inloop-nm@2026-12-04T13:30','inloop-nm','2026-12-04 12:30:00.000000','yasmina.bakkali','volunteer',0,'inloop-nm@2026-12-04T13:30/yasmina.bakkali@roster-planner');
INSERT INTO assignment VALUES(384,'working','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','dirk.de-meyer','professional',0,'inloop-vm@2026-11-30T09:00/dirk.de-meyer@roster-planner');
INSERT INTO assignment VALUES(385,'working','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','febe.verhaeghe','volunteer',0,'inloop-vm@2026-11-30T09:00/febe.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(386,'working','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','imane.haddouchi','volunteer',0,'inloop-vm@2026-11-30T09:00/imane.haddouchi@roster-planner');
INSERT INTO assignment VALUES(387,'working','inloop-vm@2026-11-30T09:00','inloop-vm','2026-11-30 08:00:00.000000','soufiane.chaouki','volunteer',0,'inloop-vm@2026-11-30T09:00/soufiane.chaouki@roster-planner');
INSERT INTO assignment VALUES(388,'working','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','geert.claeys','volunteer',0,'inloop-vm@2026-12-01T09:00/geert.claeys@roster-planner');
INSERT INTO assignment VALUES(389,'working','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','ivan.hasanov','professional',0,'inloop-vm@2026-12-01T09:00/ivan.hasanov@roster-planner');
INSERT INTO assignment VALUES(390,'working','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','maarten.baert','volunteer',0,'inloop-vm@2026-12-01T09:00/maarten.baert@roster-planner');
INSERT INTO assignment VALUES(391,'working','inloop-vm@2026-12-01T09:00','inloop-vm','2026-12-01 08:00:00.000000','patrick.mukendi','volunteer',0,'inloop-vm@2026-12-01T09:00/patrick.mukendi@roster-planner');
INSERT INTO assignment VALUES(392,'working','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','dirk.de-meyer','professional',0,'inloop-vm@2026-12-02T09:00/dirk.de-meyer@roster-planner');
INSERT INTO assignment VALUES(393,'working','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','griet.van-de-velde','volunteer',0,'inloop-vm@2026-12-02T09:00/griet.van-de-velde@roster-planner');
INSERT INTO assignment VALUES(394,'working','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','soufiane.el-amrani','volunteer',0,'inloop-vm@2026-12-02T09:00/soufiane.el-amrani@roster-planner');
INSERT INTO assignment VALUES(395,'working','inloop-vm@2026-12-02T09:00','inloop-vm','2026-12-02 08:00:00.000000','veerle.maes','volunteer',0,'inloop-vm@2026-12-02T09:00/veerle.maes@roster-planner');
INSERT INTO assignment VALUES(396,'working','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','amelie.dupont','volunteer',0,'inloop-vm@2026-12-03T09:00/amelie.dupont@roster-planner');
INSERT INTO assignment VALUES(397,'working','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','annelies.vanhove','professional',0,'inloop-vm@2026-12-03T09:00/annelies.vanhove@roster-planner');
INSERT INTO assignment VALUES(398,'working','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','joris.willems','volunteer',0,'inloop-vm@2026-12-03T09:00/joris.willems@roster-planner');
INSERT INTO assignment VALUES(399,'working','inloop-vm@2026-12-03T09:00','inloop-vm','2026-12-03 08:00:00.000000','lander.stevens','volunteer',0,'inloop-vm@2026-12-03T09:00/lander.stevens@roster-planner');
INSERT INTO assignment VALUES(400,'working','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','annelies.vanhove','professional',0,'inloop-vm@2026-12-04T09:00/annelies.vanhove@roster-planner');
INSERT INTO assignment VALUES(401,'working','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','dirk.vandenberghe','volunteer',0,'inloop-vm@2026-12-04T09:00/dirk.vandenberghe@roster-planner');
INSERT INTO assignment VALUES(402,'working','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','julie.simon','volunteer',0,'inloop-vm@2026-12-04T09:00/julie.simon@roster-planner');
INSERT INTO assignment VALUES(403,'working','inloop-vm@2026-12-04T09:00','inloop-vm','2026-12-04 08:00:00.000000','ward.pauwels','volunteer',0,'inloop-vm@2026-12-04T09:00/ward.pauwels@roster-planner');
INSERT INTO assignment VALUES(404,'working','jeugdwerk-straat@2026-12-01T17:30','jeugdwerk-straat','2026-12-01 16:30:00.000000','koen.de-coster','professional',0,'jeugdwerk-straat@2026-12-01T17:30/koen.de-coster@roster-planner');
INSERT INTO assignment VALUES(405,'working','jeugdwerk-straat@2026-12-01T17:30','jeugdwerk-straat','2026-12-01 16:30:00.000000','luc.claeys','professional',0,'jeugdwerk-straat@2026-12-01T17:30/luc.claeys@roster-planner');
INSERT INTO assignment VALUES(406,'working','jeugdwerk-straat@2026-12-02T17:30','jeugdwerk-straat','2026-12-02 16:30:00.000000','antoine.lambert','professional',0,'jeugdwerk-straat@2026-12-02T17:30/antoine.lambert@roster-planner');
INSERT INTO assignment VALUES(407,'working','jeugdwerk-straat@2026-12-02T17:30','jeugdwerk-straat','2026-12-02 16:30:00.000000','koen.de-coster','professional',0,'jeugdwerk-straat@2026-12-02T17:30/koen.de-coster@roster-planner');
INSERT INTO assignment VALUES(408,'working','jeugdwerk-straat@2026-12-03T17:30','jeugdwerk-straat','2026-12-03 16:30:00.000000','antoine.lambert','professional',0,'jeugdwerk-straat@2026-12-03T17:30/antoine.lambert@roster-planner');
INSERT INTO assignment VALUES(409,'working','jeugdwerk-straat@2026-12-03T17:30','jeugdwerk-straat','2026-12-03 16:30:00.000000','luc.claeys','professional',0,'jeugdwerk-straat@2026-12-03T17:30/luc.claeys@roster-planner');
INSERT INTO assignment VALUES(410,'working','jeugdwerk-straat@2026-12-04T17:30','jeugdwerk-straat','2026-12-04 16:30:00.000000','antoine.lambert','professional',0,'jeugdwerk-straat@2026-12-04T17:30/antoine.lambert@roster-planner');
INSERT INTO assignment VALUES(411,'working','jeugdwerk-straat@2026-12-04T17:30','jeugdwerk-straat','2026-12-04 16:30:00.000000','luc.claeys','professional',0,'jeugdwerk-straat@2026-12-04T17:30/luc.claeys@roster-planner');
INSERT INTO assignment VALUES(412,'working','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','an.smet','professional',0,'nachtopvang@2026-11-30T20:00/an.smet@roster-planner');
INSERT INTO assignment VALUES(413,'working','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','celine.leclercq','volunteer',0,'nachtopvang@2026-11-30T20:00/celine.leclercq@roster-planner');
INSERT INTO assignment VALUES(414,'working','nachtopvang@2026-11-30T20:00','nachtopvang','2026-11-30 19:00:00.000000','dmytro.tkachenko','volunteer',0,'nachtopvang@2026-11-30T20:00/dmytro.tkachenko@roster-planner');
INSERT INTO assignment VALUES(415,'working','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','arne.goossens','professional',0,'nachtopvang@2026-12-01T20:00/arne.goossens@roster-planner');
INSERT INTO assignment VALUES(416,'working','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','bilal.haddouchi','volunteer',0,'nachtopvang@2026-12-01T20:00/bilal.haddouchi@roster-planner');
INSERT INTO assignment VALUES(417,'working','nachtopvang@2026-12-01T20:00','nachtopvang','2026-12-01 19:00:00.000000','koen.baert','volunteer',0,'nachtopvang@2026-12-01T20:00/koen.baert@roster-planner');
INSERT INTO assignment VALUES(418,'working','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','greet.dhondt','professional',0,'nachtopvang@2026-12-02T20:00/greet.dhondt@roster-planner');
INSERT INTO assignment VALUES(419,'working','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','hamid.rahimi','volunteer',0,'nachtopvang@2026-12-02T20:00/hamid.rahimi@roster-planner');
INSERT INTO assignment VALUES(420,'working','nachtopvang@2026-12-02T20:00','nachtopvang','2026-12-02 19:00:00.000000','marleen.van-de-velde','volunteer',0,'nachtopvang@2026-12-02T20:00/marleen.van-de-velde@roster-planner');
INSERT INTO assignment VALUES(421,'working','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','jan.moens','professional',0,'nachtopvang@2026-12-03T20:00/jan.moens@roster-planner');
INSERT INTO assignment VALUES(422,'working','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','kato.de-backer','volunteer',0,'nachtopvang@2026-12-03T20:00/kato.de-backer@roster-planner');
INSERT INTO assignment VALUES(423,'working','nachtopvang@2026-12-03T20:00','nachtopvang','2026-12-03 19:00:00.000000','lander.vandenberghe','volunteer',0,'nachtopvang@2026-12-03T20:00/lander.vandenberghe@roster-planner');
INSERT INTO assignment VALUES(424,'working','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','jef.michiels','professional',0,'nachtopvang@2026-12-04T20:00/jef.michiels@roster-planner');
INSERT INTO assignment VALUES(425,'working','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','loubna.el-khattabi','volunteer',0,'nachtopvang@2026-12-04T20:00/loubna.el-khattabi@roster-planner');
INSERT INTO assignment VALUES(426,'working','nachtopvang@2026-12-04T20:00','nachtopvang','2026-12-04 19:00:00.000000','salma.ouali','volunteer',0,'nachtopvang@2026-12-04T20:00/salma.ouali@roster-planner');
INSERT INTO assignment VALUES(427,'working','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','arne.pauwels','volunteer',0,'nachtopvang@2026-12-05T20:00/arne.pauwels@roster-planner');
INSERT INTO assignment VALUES(428,'working','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','jef.michiels','professional',0,'nachtopvang@2026-12-05T20:00/jef.michiels@roster-planner');
INSERT INTO assignment VALUES(429,'working','nachtopvang@2026-12-05T20:00','nachtopvang','2026-12-05 19:00:00.000000','youssef.haddouchi','volunteer',0,'nachtopvang@2026-12-05T20:00/youssef.haddouchi@roster-planner');
INSERT INTO assignment VALUES(430,'working','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','arne.declercq','volunteer',0,'nachtopvang@2026-12-06T20:00/arne.declercq@roster-planner');
INSERT INTO assignment VALUES(431,'working','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','nele.cools','professional',0,'nachtopvang@2026-12-06T20:00/nele.cools@roster-planner');
INSERT INTO assignment VALUES(432,'working','nachtopvang@2026-12-06T20:00','nachtopvang','2026-12-06 19:00:00.000000','patrick.tshibangu','volunteer',0,'nachtopvang@2026-12-06T20:00/patrick.tshibangu@roster-planner');
INSERT INTO assignment VALUES(433,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','amelie.renard','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/amelie.renard@roster-planner');
INSERT INTO assignment VALUES(434,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','anas.bakkali','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/anas.bakkali@roster-planner');
INSERT INTO assignment VALUES(435,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','celine.renard','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/celine.renard@roster-planner');
INSERT INTO assignment VALUES(436,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','koen.verbeke','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/koen.verbeke@roster-planner');
INSERT INTO assignment VALUES(437,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','lotte.van-damme','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/lotte.van-damme@roster-planner');
INSERT INTO assignment VALUES(438,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-11-30T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(439,'working','sociaal-restaurant@2026-11-30T11:30','sociaal-restaurant','2026-11-30 10:30:00.000000','veerle.de-smet','volunteer',0,'sociaal-restaurant@2026-11-30T11:30/veerle.de-smet@roster-planner');
INSERT INTO assignment VALUES(440,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','els.wouters','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/els.wouters@roster-planner');
INSERT INTO assignment VALUES(441,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','hasan.ivanov','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/hasan.ivanov@roster-planner');
INSERT INTO assignment VALUES(442,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','helen.berhane','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/helen.berhane@roster-planner');
INSERT INTO assignment VALUES(443,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-01T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(444,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','salma.el-amrani','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/salma.el-amrani@roster-planner');
INSERT INTO assignment VALUES(445,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','sevgi.hasanova','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/sevgi.hasanova@roster-planner');
INSERT INTO assignment VALUES(446,'working','sociaal-restaurant@2026-12-01T11:30','sociaal-restaurant','2026-12-01 10:30:00.000000','shabnam.noori','volunteer',0,'sociaal-restaurant@2026-12-01T11:30/shabnam.noori@roster-planner');
INSERT INTO assignment VALUES(447,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','an.van-de-velde','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/an.van-de-velde@roster-planner');
INSERT INTO assignment VALUES(448,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','emma.vanhove','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/emma.vanhove@roster-planner');
INSERT INTO assignment VALUES(449,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','greet.de-clercq','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/greet.de-clercq@roster-planner');
INSERT INTO assignment VALUES(450,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','jonas.hermans','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/jonas.hermans@roster-planner');
INSERT INTO assignment VALUES(451,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','joris.de-meyer','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/joris.de-meyer@roster-planner');
INSERT INTO assignment VALUES(452,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-02T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(453,'working','sociaal-restaurant@2026-12-02T11:30','sociaal-restaurant','2026-12-02 10:30:00.000000','mohamed.haddouchi','volunteer',0,'sociaal-restaurant@2026-12-02T11:30/mohamed.haddouchi@roster-planner');
INSERT INTO assignment VALUES(454,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','hamza.azzouzi','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/hamza.azzouzi@roster-planner');
INSERT INTO assignment VALUES(455,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','luc.smet','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/luc.smet@roster-planner');
INSERT INTO assignment VALUES(456,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','marie.van-landeghem','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/marie.van-landeghem@roster-planner');
INSERT INTO assignment VALUES(457,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-03T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(458,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','shabnam.karimi','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/shabnam.karimi@roster-planner');
INSERT INTO assignment VALUES(459,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','sofie.de-meyer','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/sofie.de-meyer@roster-planner');
INSERT INTO assignment VALUES(460,'working','sociaal-restaurant@2026-12-03T11:30','sociaal-restaurant','2026-12-03 10:30:00.000000','wout.verbeke','volunteer',0,'sociaal-restaurant@2026-12-03T11:30/wout.verbeke@roster-planner');
INSERT INTO assignment VALUES(461,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','fien.van-acker','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/fien.van-acker@roster-planner');
INSERT INTO assignment VALUES(462,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','francois.dubois','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/francois.dubois@roster-planner');
INSERT INTO assignment VALUES(463,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','hilde.de-paepe','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/hilde.de-paepe@roster-planner');
INSERT INTO assignment VALUES(464,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','ivana.hasanova','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/ivana.hasanova@roster-planner');
INSERT INTO assignment VALUES(465,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','marie.verhaeghe','professional',0,'sociaal-restaurant@2026-12-04T11:30/marie.verhaeghe@roster-planner');
INSERT INTO assignment VALUES(466,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','olena.kovalenko','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/olena.kovalenko@roster-planner');
INSERT INTO assignment VALUES(467,'working','sociaal-restaurant@2026-12-04T11:30','sociaal-restaurant','2026-12-04 10:30:00.000000','wout.baert','volunteer',0,'sociaal-restaurant@2026-12-04T11:30/wout.baert@roster-planner');
INSERT INTO assignment VALUES(468,'working','spreekuur@2026-12-01T09:00','spreekuur','2026-12-01 08:00:00.000000','febe.van-landeghem','professional',0,'spreekuur@2026-12-01T09:00/febe.van-landeghem@roster-planner');
INSERT INTO assignment VALUES(469,'working','spreekuur@2026-12-03T09:00','spreekuur','2026-12-03 08:00:00.000000','febe.van-landeghem','professional',0,'spreekuur@2026-12-03T09:00/febe.van-landeghem@roster-planner');
INSERT INTO assignment VALUES(470,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','ahmed.hasanov','volunteer',0,'taalcafe@2026-12-02T10:00/ahmed.hasanov@roster-planner');
INSERT INTO assignment VALUES(471,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','bart.dhondt','volunteer',0,'taalcafe@2026-12-02T10:00/bart.dhondt@roster-planner');
INSERT INTO assignment VALUES(472,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','esra.arslan','professional',0,'taalcafe@2026-12-02T10:00/esra.arslan@roster-planner');
INSERT INTO assignment VALUES(473,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','jean-pierre.mbuyi','volunteer',0,'taalcafe@2026-12-02T10:00/jean-pierre.mbuyi@roster-planner');
INSERT INTO assignment VALUES(474,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','kateryna.tkachenko','volunteer',0,'taalcafe@2026-12-02T10:00/kateryna.tkachenko@roster-planner');
INSERT INTO assignment VALUES(475,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','nicolas.dupont','volunteer',0,'taalcafe@2026-12-02T10:00/nicolas.dupont@roster-planner');
INSERT INTO assignment VALUES(476,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','thomas.declercq','volunteer',0,'taalcafe@2026-12-02T10:00/thomas.declercq@roster-planner');
INSERT INTO assignment VALUES(477,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','ward.aerts','volunteer',0,'taalcafe@2026-12-02T10:00/ward.aerts@roster-planner');
INSERT INTO assignment VALUES(478,'working','taalcafe@2026-12-02T10:00','taalcafe','2026-12-02 09:00:00.000000','zeynep.celik','volunteer',0,'taalcafe@2026-12-02T10:00/zeynep.celik@roster-planner');
INSERT INTO assignment VALUES(479,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','ahmad.noori','volunteer',0,'taalcafe@2026-12-05T10:00/ahmad.noori@roster-planner');
INSERT INTO assignment VALUES(480,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','ahmad.rahimi','volunteer',0,'taalcafe@2026-12-05T10:00/ahmad.rahimi@roster-planner');
INSERT INTO assignment VALUES(481,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','annelies.goossens','volunteer',0,'taalcafe@2026-12-05T10:00/annelies.goossens@roster-planner');
INSERT INTO assignment VALUES(482,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','burak.sahin','volunteer',0,'taalcafe@2026-12-05T10:00/burak.sahin@roster-planner');
INSERT INTO assignment VALUES(483,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','nand.de-clercq','volunteer',0,'taalcafe@2026-12-05T10:00/nand.de-clercq@roster-planner');
INSERT INTO assignment VALUES(484,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','nele.cools','professional',0,'taalcafe@2026-12-05T10:00/nele.cools@roster-planner');
INSERT INTO assignment VALUES(485,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','nele.jacobs','volunteer',0,'taalcafe@2026-12-05T10:00/nele.jacobs@roster-planner');
INSERT INTO assignment VALUES(486,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','seppe.coppens','volunteer',0,'taalcafe@2026-12-05T10:00/seppe.coppens@roster-planner');
INSERT INTO assignment VALUES(487,'working','taalcafe@2026-12-05T10:00','taalcafe','2026-12-05 09:00:00.000000','thomas.vanhove','volunteer',0,'taalcafe@2026-12-05T10:00/thomas.vanhove@roster-planner');
INSERT INTO assignment VALUES(488,'working','zorgspreekuur@2026-12-01T13:30','zorgspreekuur','2026-12-01 12:30:00.000000','hilde.verstraete','professional',0,'zorgspreekuur@2026-12-01T13:30/hilde.verstraete@roster-planner');
INSERT INTO assignment VALUES(489,'working','zorgspreekuur@2026-12-03T13:30','zorgspreekuur','2026-12-03 12:30:00.000000','mieke.verbeke','professional',0,'zorgspreekuur@2026-12-03T13:30/mieke.verbeke@roster-planner');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('absence',12);
CREATE INDEX ix_shift_state_shift_id ON shift_state (shift_id);
CREATE INDEX ix_shift_state_layer ON shift_state (layer);
CREATE INDEX ix_shift_state_start_utc ON shift_state (start_utc);
CREATE INDEX ix_calendar_event_person_id ON calendar_event (person_id);
CREATE INDEX ix_absence_person_id ON absence (person_id);
CREATE INDEX ix_absence_start_utc ON absence (start_utc);
CREATE INDEX ix_assignment_start_utc ON assignment (start_utc);
CREATE INDEX ix_assignment_shift_id ON assignment (shift_id);
CREATE INDEX ix_assignment_layer ON assignment (layer);
CREATE INDEX ix_assignment_person_id ON assignment (person_id);
COMMIT;
