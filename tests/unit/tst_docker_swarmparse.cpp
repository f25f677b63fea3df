// Reading a Swarm manager's answers: services (replicated and global, the kept replica count,
// the task counts), tasks, service events and the service of a task's container event; and
// what malformed answers give.
#include "docker/dockereventstream.h"
#include "docker/swarmservice.h"

#include <QJsonDocument>
#include <QtTest>

using namespace mechdock::docker;

class TestDockerSwarmParse : public QObject {
    Q_OBJECT

private slots:
    void services() {
        const QByteArray json = R"([
          {"ID":"s1","Version":{"Index":42},
           "Spec":{"Name":"web","Labels":{"org.mechdock.last-replicas":"3"},
                   "TaskTemplate":{"ContainerSpec":{"Image":"nginx:1@sha256:abc","TTY":true}},
                   "Mode":{"Replicated":{"Replicas":0}}},
           "ServiceStatus":{"RunningTasks":0,"DesiredTasks":0},
           "UpdateStatus":{"State":"completed"}},
          {"ID":"s2","Version":{"Index":7},
           "Spec":{"Name":"agent","TaskTemplate":{"ContainerSpec":{"Image":"agent"}},
                   "Mode":{"Global":{}}},
           "ServiceStatus":{"RunningTasks":1,"DesiredTasks":3}},
          {"Spec":{"Name":"no id"}}])";
        bool ok = false;
        const QList<SwarmService> list = SwarmParser::parseServices(json, &ok);
        QVERIFY(ok);
        QCOMPARE(list.size(), 2);
        const SwarmService web = list.at(0);
        QCOMPARE(web.id, QStringLiteral("s1"));
        QCOMPARE(web.name, QStringLiteral("web"));
        QCOMPARE(web.image, QStringLiteral("nginx:1"));
        QVERIFY(web.tty);
        QVERIFY(!web.global);
        QCOMPARE(web.replicas, 0);
        QCOMPARE(web.lastReplicas, 3);
        QCOMPARE(web.version, quint64(42));
        QCOMPARE(web.replicasText(), QStringLiteral("0/0"));
        QCOMPARE(web.updateState, QStringLiteral("completed"));
        QVERIFY(!web.running());
        const SwarmService agent = list.at(1);
        QVERIFY(agent.global);
        QCOMPARE(agent.replicas, 3);
        QCOMPARE(agent.replicasText(), QStringLiteral("1/3"));
        QVERIFY(agent.running());
        QCOMPARE(agent.lastReplicas, 0);

        // An older manager without ServiceStatus: the running count is unknown, not 0.
        const SwarmService old = SwarmParser::parseService(
            QJsonDocument::fromJson(
                R"({"ID":"x","Spec":{"Name":"x","Mode":{"Replicated":{"Replicas":2}}}})")
                .object());
        QCOMPARE(old.replicasText(), QStringLiteral("?/2"));

        QVERIFY(SwarmParser::parseServices("{\"message\":\"not a manager\"}", &ok).isEmpty());
        QVERIFY(!ok);
        QVERIFY(SwarmParser::parseServices("garbage", &ok).isEmpty());
        QVERIFY(!ok);
    }

    void tasks() {
        const QByteArray json = R"([
          {"ID":"t1","ServiceID":"s1","Slot":1,"DesiredState":"running",
           "Status":{"State":"running","Message":"started","ContainerStatus":{"ContainerID":"c1"}}},
          {"ID":"t2","ServiceID":"s1","Slot":2,"DesiredState":"shutdown",
           "Status":{"State":"failed","Err":"task: non-zero exit status 1"
}
},
          {"Slot":3}])";
        bool ok = false;
        const QList<SwarmTask> list = SwarmParser::parseTasks(json, &ok);
        QVERIFY(ok);
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).running());
        QCOMPARE(list.at(0).containerId, QStringLiteral("c1"));
        QCOMPARE(list.at(0).slot, 1);
        QVERIFY(!list.at(1).running());
        QCOMPARE(list.at(1).error, QStringLiteral("task: non-zero exit status 1"));
        QCOMPARE(list.at(1).desiredState, QStringLiteral("shutdown"));
        QVERIFY(SwarmParser::parseTasks("[", &ok).isEmpty());
        QVERIFY(!ok);
    }

    void serviceEvents() {
        ServiceEvent e;
        QVERIFY(SwarmParser::parseServiceEvent(
            QJsonDocument::fromJson(
                R"({"Type":"service","Action":"update","Actor":{"ID":"s1","Attributes":
                {"name":"web","replicas.new":"0","replicas.old":"2"}},"timeNano":1700000000000000001})")
                .object(),
            &e));
        QCOMPARE(e.action, QStringLiteral("update"));
        QCOMPARE(e.name, QStringLiteral("web"));
        QCOMPARE(e.replicasNew, 0);
        QCOMPARE(e.timeNano, 1700000000000000001LL);
        QVERIFY(SwarmParser::parseServiceEvent(
            QJsonDocument::fromJson(
                R"({"Type":"service","Action":"update","Actor":{"ID":"s1","Attributes":
                {"name":"web","updatestate.new":"updating"}}})")
                .object(),
            &e));
        QCOMPARE(e.replicasNew, -1);
        QCOMPARE(e.updateState, QStringLiteral("updating"));
        QVERIFY(!SwarmParser::parseServiceEvent(
            QJsonDocument::fromJson(R"({"Type":"container","Action":"start","Actor":{"ID":"c"}})")
                .object(),
            &e));
        QVERIFY(!SwarmParser::parseServiceEvent(
            QJsonDocument::fromJson(R"({"Type":"service","Action":"update","Actor":{}})").object(),
            &e));

        // A task's container names its service in the labels Docker copies into the event.
        ContainerEvent c;
        QVERIFY(DockerEventStream::parseEvent(
            R"({"Type":"container","Action":"start","Actor":{"ID":"c1","Attributes":
            {"name":"web.1.abc","com.docker.swarm.service.name":"web"}},"timeNano":5})",
            &c));
        QCOMPARE(c.service, QStringLiteral("web"));
        QVERIFY(DockerEventStream::parseEvent(
            R"({"Type":"container","Action":"start","Actor":{"ID":"c2","Attributes":
            {"name":"plain"}},"timeNano":6})",
            &c));
        QVERIFY(c.service.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDockerSwarmParse)
#include "tst_docker_swarmparse.moc"
