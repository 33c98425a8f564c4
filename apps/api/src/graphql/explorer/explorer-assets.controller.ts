import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { EXPLORER_ASSET_PATH, readExplorerAsset } from './explorer-assets';

@Controller(EXPLORER_ASSET_PATH.slice(1))
export class ExplorerAssetsController {
  @Get(':name')
  serve(@Param('name') name: string, @Res() reply: FastifyReply): void {
    const asset = readExplorerAsset(name);
    if (!asset) throw new NotFoundException();
    void reply.header('content-type', `${asset.type}; charset=utf-8`).header('cache-control', 'public, max-age=86400').send(asset.body);
  }
}
