#!/usr/bin/python3
"""Drives Mechdock's web page in headless Chromium (Debian's chromium, chromium-driver and
python3-selenium) against a running service, as tests/integration/tst_service_webpage.cpp
starts it: first-run setup (a wrong code and a weak password refused at their fields), a
container started from the page and seen running, a wrong setting shown at its field, log out,
a POST without the CSRF token refused, wrong passwords refused and then rate-limited. Prints
what it measures: bytes of the first load, time to first render, the service's RSS with two
pages open. With --shots DIR it also saves a screenshot of each page at desktop and phone width.

Exit status 0 when every step passed; the first failure is printed with the page's state.
"""
import argparse
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

STRONG = "Tr0ub4dor&3-horse"
PAGES = ["containers", "settings", "scheduler", "mech", "audit", "performance"]


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=en-US", "--no-first-run",
                "--disable-extensions", "--disable-background-networking"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Check:
    def __init__(self, driver):
        self.driver = driver

    def wait(self, what, condition, timeout=30):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(
                lambda d: condition())
        except TimeoutException:
            body = self.driver.execute_script("return document.body.innerText")
            raise AssertionError(f"timed out waiting for {what}; the page says:\n{body[:2000]}")

    def el(self, css):
        found = self.driver.find_elements(By.CSS_SELECTOR, css)
        return found[0] if found else None

    def visible(self, css):
        e = self.el(css)
        return e if e is not None and e.is_displayed() else None

    def text(self, css):
        e = self.el(css)
        return e.text.strip() if e is not None else ""

    def type_into(self, css, value):
        e = self.wait(css, lambda: self.visible(css))
        e.clear()
        e.send_keys(value)

    def click(self, css):
        def enabled():
            e = self.visible(css)
            return e if e is not None and e.is_enabled() else None
        self.wait(css, enabled).click()

    def ready(self):
        self.wait("the page to show the engine's state",
                  lambda: self.el('#app[data-ready="1"]'), 60)


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def first_load(check, url):
    """Loads the page afresh (cache off) and returns bytes moved and times in ms."""
    driver = check.driver
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.get(url)
    check.ready()
    return driver.execute_script("""
        const nav = performance.getEntriesByType('navigation')[0];
        const res = performance.getEntriesByType('resource');
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        let bytes = nav.transferSize;
        for (const r of res) bytes += r.transferSize;
        return {bytes, files: res.length + 1,
                firstRender: paint ? paint.startTime : -1,
                domReady: nav.domContentLoadedEventEnd};
    """)


def post_status(driver, path, csrf_header):
    return driver.execute_async_script("""
        const [path, withToken, done] = arguments;
        fetch('/api/session').then(r => r.json()).then(s => {
            const headers = {'Content-Type': 'application/json'};
            if (withToken) headers['X-CSRF-Token'] = s.csrf;
            return fetch(path, {method: 'POST', headers, body: '{}'});
        }).then(r => done(r.status)).catch(e => done(String(e)));
    """, path, csrf_header)


def screenshots(url, directory, width, height, suffix):
    driver = browser(width, height)
    check = Check(driver)
    try:
        driver.get(url)
        check.type_into("#login-password", STRONG)
        check.click("#login-submit")
        check.ready()
        for page in PAGES:
            driver.get(url + "#" + page)
            check.ready()
            time.sleep(1.5)  # let the page's own requests (history, lists) draw
            driver.save_screenshot(os.path.join(directory, f"web-{page}{suffix}.png"))
    finally:
        driver.quit()


def call(driver, method, params):
    """A control API request through the page's own connection."""
    return driver.execute_async_script("""
        const [method, params, done] = arguments;
        call(method, params).then(r => done({ok: true, result: r}),
                                  e => done({ok: false, error: String(e)}));
    """, method, params)


def make_screenshots(url, code, directory):
    """Sets the password, gives the pages something to show, then photographs each page."""
    driver = browser(1280, 900)
    check = Check(driver)
    try:
        driver.get(url)
        check.type_into("#setup-code", code)
        check.type_into("#setup-user", "ada")
        check.type_into("#setup-password", STRONG)
        check.type_into("#setup-password2", STRONG)
        check.click("#setup-submit")
        check.ready()
        for cents, donor in ((2500, "Mira"), (1000, "Jon"), (500, "Sam")):
            call(driver, "mech.donate", {"cents": cents, "donor": donor})
        call(driver, "scheduler.add", {"task": {"container": "minecraft", "action": "restart",
                                                "schedule": "daily 05:00", "enabled": True,
                                                "description": "Nightly restart"}})
        call(driver, "scheduler.add", {"task": {"container": "valheim", "action": "stop",
                                                "schedule": "weekly mon-fri 02:00",
                                                "enabled": True}})
        call(driver, "containers.action", {"name": "jellyfin", "action": "start"})
        time.sleep(6)  # memory samples for the chart, stats for the running containers
    finally:
        driver.quit()
    os.makedirs(directory, exist_ok=True)
    screenshots(url, directory, 1280, 900, "")
    screenshots(url, directory, 375, 812, "-phone")
    print("screenshots in", directory)
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--pid", type=int, default=0)
    parser.add_argument("--shots", default="")
    args = parser.parse_args()
    url = args.url.rstrip("/") + "/"

    if args.shots:
        return make_screenshots(url, args.code, args.shots)
    driver = browser(1280, 900)
    check = Check(driver)
    try:
        driver.get(url)
        check.wait("the setup form", lambda: check.visible("#setup-form"))
        print("setup form shown")
        check.type_into("#setup-code", "WRNG-CODE-0000")
        check.type_into("#setup-user", "ada")
        check.type_into("#setup-password", STRONG)
        check.type_into("#setup-password2", STRONG)
        check.click("#setup-submit")
        check.wait("the wrong code's message", lambda: check.text("#setup-code-error"))
        print("wrong setup code refused at its field:", check.text("#setup-code-error"))
        weak = "Mechdock2024!"
        check.type_into("#setup-code", args.code)
        check.type_into("#setup-password", weak)
        check.type_into("#setup-password2", weak)
        check.click("#setup-submit")
        check.wait("the weak password's message", lambda: check.text("#setup-password-error"))
        print("weak password refused at its field:", check.text("#setup-password-error"))
        check.type_into("#setup-password", STRONG)
        check.type_into("#setup-password2", STRONG)
        check.click("#setup-submit")
        check.ready()
        print("password set, logged in")

        state = '[data-container="web"] .state'
        check.wait("the container's row", lambda: check.text(state))
        print("container web is", check.text(state))
        check.click('[data-container="web"] [data-action="start"]')
        check.click("#confirm-ok")
        check.wait("the container to run", lambda: check.text(state) == "running", 90)
        print("container web started from the page and shown running")

        driver.get(url + "#settings")
        field = '[name="docker.cacheDurationSec"]'
        check.type_into(field, "0")
        issue = '[title="docker.cacheDurationSec"] .field-issue'
        check.wait("the message at the field", lambda: check.text(issue), 20)
        print("wrong value shown at its field:", check.text(issue))

        # The same request without its token is refused; with it, it goes through.
        refused = post_status(driver, "/api/logout", False)
        if refused != 403:
            raise AssertionError(f"a POST without the CSRF token got {refused}, not 403")
        print("POST without the CSRF token refused (403)")

        driver.get(url + "#containers")
        load = first_load(check, url)
        print(f"first load: {load['bytes']} bytes in {load['files']} files; first render "
              f"{load['firstRender']:.0f} ms, DOM ready {load['domReady']:.0f} ms")
        if args.pid:
            one = rss_kib(args.pid)
            second = browser(390, 844)
            try:
                second.get(url)
                other = Check(second)
                other.type_into("#login-password", STRONG)
                other.click("#login-submit")
                other.ready()
                time.sleep(3)  # a few snapshot pushes to both pages
                print(f"service RSS: {one} KiB with one page open, {rss_kib(args.pid)} KiB "
                      "with two")
            finally:
                second.quit()

        check.click("#logout")
        check.wait("the login form", lambda: check.visible("#login-form"))
        print("logged out")
        check.wait("the bot state to be gone", lambda: not check.visible("#app"))

        # Last: wrong passwords, until the address is refused unchecked for a minute.
        check.type_into("#login-password", "not the password")
        check.click("#login-submit")
        check.wait("the wrong password's message", lambda: check.text("#login-error"))
        wrong = check.text("#login-error")
        print("wrong password refused:", wrong)
        statuses = driver.execute_async_script("""
            const done = arguments[0];
            (async () => {
                const out = [];
                for (let i = 0; i < 5; ++i) {
                    const s = await (await fetch('/api/session')).json();
                    const r = await fetch('/api/login', {method: 'POST', body: JSON.stringify(
                        {password: 'still not it ' + i}), headers: {
                        'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf}});
                    out.push(r.status);
                }
                return out;
            })().then(done, e => done(String(e)));
        """)
        print("five more wrong passwords answered:", statuses)
        if statuses != [401, 401, 401, 401, 429]:
            raise AssertionError(f"expected four refusals, then the limit: {statuses}")
        check.type_into("#login-password", STRONG)
        check.click("#login-submit")
        check.wait("the limit's message", lambda: check.text("#login-error") not in ("", wrong))
        print("even the right password waits now:", check.text("#login-error"))
    except Exception as error:  # noqa: BLE001 - report any failure with the page's state
        print("FAILED:", error)
        return 1
    finally:
        driver.quit()
    print("all steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
