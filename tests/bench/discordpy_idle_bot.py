"""A minimal discord.py bot, the reference for the idle-memory benchmark: connects to the Discord
stand-in given by MECHDOCK_BENCH_API (REST base) and MECHDOCK_BENCH_GATEWAY (gateway URL), answers
/ping, and prints "ready" once the gateway session is up. Run with Debian's python3-discord."""
import os
import sys

import discord
import discord.gateway
import discord.http
import yarl

discord.http.Route.BASE = os.environ["MECHDOCK_BENCH_API"]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["MECHDOCK_BENCH_GATEWAY"])

client = discord.Client(intents=discord.Intents.default())
tree = discord.app_commands.CommandTree(client)


@tree.command(name="ping", description="Replies with pong")
async def ping(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("pong")


@client.event
async def on_ready() -> None:
    print("ready", flush=True)


client.run(os.environ["MECHDOCK_BENCH_TOKEN"], log_handler=None)
sys.exit(0)
